import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Profile, type SourceEntry, sourceIdFromFile } from '@dealbrief/core';
import type { AnalyseInput, Analysis } from './analyse-source.js';
import { checkSourceFile } from './check-source-file.js';

/** Below this many sources, starting workers costs more than it saves (measured with `npm run bench`). */
export const POOL_THRESHOLD = 200;
/** Sources sent to a worker per message. */
const BATCH_SIZE = 16;

/** How many workers, and from how many sources on; the environment overrides both (bench and tests). */
export interface PoolSettings {
  workers: number;
  threshold: number;
}

/** `DEALBRIEF_WORKERS` (default: the cores available, at most 2) and `DEALBRIEF_POOL_THRESHOLD`. */
export function readPoolSettings(env: NodeJS.ProcessEnv = process.env): PoolSettings {
  const workers = Number.parseInt(env['DEALBRIEF_WORKERS'] ?? '', 10);
  const threshold = Number.parseInt(env['DEALBRIEF_POOL_THRESHOLD'] ?? '', 10);
  return {
    workers: Number.isInteger(workers) && workers >= 0 ? workers : Math.min(2, availableParallelism()),
    threshold: Number.isInteger(threshold) && threshold >= 0 ? threshold : POOL_THRESHOLD,
  };
}

/** A source analysed ahead, with the bytes it was analysed from. */
export interface AnalysedAhead {
  bytes: Uint8Array;
  analysis: Analysis;
}

/**
 * When there are more than `threshold` sources and at least one worker, reads every readable source
 * (checked as collectSources checks it) and parses and extracts them across worker threads. Returns the
 * analyses by file name; empty below the threshold. collectSources uses an analysis only when its bytes
 * equal the bytes it read itself, so the result is the same as the in-process path's.
 */
export async function analyseAhead(
  dir: string,
  realDir: string,
  files: readonly string[],
  registry: ReadonlyMap<string, SourceEntry>,
  profile: Profile,
  settings: PoolSettings = readPoolSettings(),
): Promise<Map<string, AnalysedAhead>> {
  const ahead = new Map<string, AnalysedAhead>();
  if (settings.workers < 1 || files.length <= settings.threshold) return ahead;
  const inputs: AnalyseInput[] = [];
  for (const file of files) {
    const check = await checkSourceFile(dir, realDir, file);
    if (!check.readable) continue;
    try {
      const bytes = new Uint8Array(await readFile(check.path));
      inputs.push({ file, bytes, source: sourceIdFromFile(file), published: registry.get(file)?.published });
    } catch {
      // collectSources reads it again and reports the problem
    }
  }
  const batches: AnalyseInput[][] = [];
  for (let i = 0; i < inputs.length; i += BATCH_SIZE) batches.push(inputs.slice(i, i + BATCH_SIZE));
  const workerUrl = new URL('./extract-worker.js', import.meta.url);
  const count = Math.min(settings.workers, batches.length);
  const workers = Array.from({ length: count }, () => new Worker(workerUrl, { workerData: { profile } }));
  let next = 0;
  const drive = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      let current: AnalyseInput[] = [];
      const send = (): void => {
        const batch = batches[next];
        next += 1;
        if (!batch) {
          worker.off('message', receive);
          resolve();
          return;
        }
        current = batch;
        worker.postMessage(batch);
      };
      const receive = (results: (Analysis | null)[]): void => {
        for (const [k, input] of current.entries()) {
          const analysis = results[k];
          if (analysis) ahead.set(input.file, { bytes: input.bytes, analysis });
        }
        send();
      };
      worker.on('message', receive);
      worker.once('error', reject);
      send();
    });
  try {
    await Promise.all(workers.map(drive));
  } catch {
    // a worker died: what it had not returned is done in-process by collectSources
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return ahead;
}

/** Whether two byte arrays hold the same bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}
