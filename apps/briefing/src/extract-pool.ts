import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Profile, type SourceEntry, sourceIdFromFile } from '@dealbrief/core';
import { type AnalyseInput, type Analysis, analyseSource, slimAnalysis } from './analyse-source.js';
import { checkSourceFile } from './check-source-file.js';
import { internClaims } from './intern-claims.js';

/** Below this many sources, starting workers costs more than it saves (measured with `npm run bench`). */
export const POOL_THRESHOLD = 200;
/** Sources sent to a worker per message. */
const BATCH_SIZE = 16;
/** Batches a worker holds at once: one it works on, one waiting, so it never idles between two. */
const BATCHES_AHEAD = 2;
/**
 * A worker holds the profile and one or two batches, never the corpus: a small heap keeps the run's
 * memory flat (10,000 sources: 507 → 424 MB peak). A worker that runs out of it stops, and collectSources
 * does its sources in-process.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 };
/** Files read at once before the pool starts (the reads wait on the disk, not the CPU). */
const READERS = 8;

/** How many workers, and from how many sources on; the environment overrides both (bench and tests). */
export interface PoolSettings {
  workers: number;
  threshold: number;
}

/**
 * `DEALBRIEF_WORKERS`: worker threads beside the main thread, which works too (default: the cores available,
 * at most 2, minus one; 0 turns the pool off), and `DEALBRIEF_POOL_THRESHOLD`.
 */
export function readPoolSettings(env: NodeJS.ProcessEnv = process.env): PoolSettings {
  const workers = Number.parseInt(env['DEALBRIEF_WORKERS'] ?? '', 10);
  const threshold = Number.parseInt(env['DEALBRIEF_POOL_THRESHOLD'] ?? '', 10);
  return {
    workers: Number.isInteger(workers) && workers >= 0 ? workers : Math.min(2, availableParallelism()) - 1,
    threshold: Number.isInteger(threshold) && threshold >= 0 ? threshold : POOL_THRESHOLD,
  };
}

/** A source analysed ahead, with the bytes it was analysed from. */
export interface AnalysedAhead {
  bytes: Uint8Array;
  analysis: Analysis;
}

/** Reads every readable source (checked as collectSources checks it), a few files at a time. */
async function readInputs(
  dir: string,
  realDir: string,
  files: readonly string[],
  registry: ReadonlyMap<string, SourceEntry>,
): Promise<AnalyseInput[]> {
  const inputs: (AnalyseInput | null)[] = new Array(files.length).fill(null);
  let next = 0;
  const reader = async (): Promise<void> => {
    for (let k = next++; k < files.length; k = next++) {
      const file = files[k]!;
      const check = await checkSourceFile(dir, realDir, file);
      if (!check.readable) continue;
      try {
        const bytes = new Uint8Array(await readFile(check.path));
        inputs[k] = { file, bytes, source: sourceIdFromFile(file), published: registry.get(file)?.published };
      } catch {
        // collectSources reads it again and reports the problem
      }
    }
  };
  await Promise.all(Array.from({ length: READERS }, reader));
  return inputs.filter((input): input is AnalyseInput => input !== null);
}

/**
 * When there are more than `threshold` sources and at least one worker, reads every readable source
 * (checked as collectSources checks it) and parses and extracts them across worker threads and the main
 * thread, all taking batches from one queue. Returns the
 * analyses by file name; empty below the threshold. collectSources uses an analysis only when its bytes
 * equal the bytes it read itself, so the result is the same as the in-process path's.
 *
 * The workers start before the files are read (their start-up overlaps the reading), and each holds
 * {@link BATCHES_AHEAD} batches, so it never waits for the main thread between two batches.
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
  const count = Math.min(settings.workers, Math.ceil(files.length / BATCH_SIZE));
  const workerUrl = new URL('./extract-worker.js', import.meta.url);
  const workers = Array.from(
    { length: count },
    () => new Worker(workerUrl, { workerData: { profile }, resourceLimits: WORKER_HEAP }),
  );
  try {
    const inputs = await readInputs(dir, realDir, files, registry);
    const batches: AnalyseInput[][] = [];
    for (let i = 0; i < inputs.length; i += BATCH_SIZE) batches.push(inputs.slice(i, i + BATCH_SIZE));
    let next = 0;
    const strings = new Map<string, string>();
    const drive = (worker: Worker): Promise<void> =>
      new Promise((resolve, reject) => {
        const pending: AnalyseInput[][] = [];
        const send = (): void => {
          const batch = batches[next];
          if (batch === undefined) return;
          next += 1;
          pending.push(batch);
          worker.postMessage(batch);
        };
        const receive = (results: (Analysis | null)[]): void => {
          const batch = pending.shift() ?? [];
          for (const [k, input] of batch.entries()) {
            const analysis = results[k];
            if (!analysis) continue;
            internClaims(analysis.claims, strings);
            ahead.set(input.file, { bytes: input.bytes, analysis });
          }
          send();
          if (pending.length === 0) {
            worker.off('message', receive);
            resolve();
          }
        };
        worker.on('message', receive);
        worker.once('error', reject);
        for (let k = 0; k < BATCHES_AHEAD; k += 1) send();
        if (pending.length === 0) resolve();
      });
    // The main thread is a lane too: between two of its batches it takes in what the workers return.
    const mainLane = async (): Promise<void> => {
      for (;;) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        const batch = batches[next];
        if (batch === undefined) return;
        next += 1;
        for (const input of batch) {
          try {
            ahead.set(input.file, {
              bytes: input.bytes,
              analysis: slimAnalysis(analyseSource(input, profile)),
            });
          } catch {
            // collectSources analyses it again, where the error surfaces as usual
          }
        }
      }
    };
    // A worker that dies leaves its pending batches to collectSources; the other lanes go on.
    await Promise.all([...workers.map((worker) => drive(worker).catch(() => {})), mainLane()]);
  } catch {
    // the files could not be listed or read: collectSources reads them again and reports it
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
