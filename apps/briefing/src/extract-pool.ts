import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Profile, SourceEntry } from '@dealbrief/core';
import { type AnalyseInput, type Analysis, analyseSource, slimAnalysis } from './analyse-source.js';
import { internClaims } from './intern-claims.js';
import { feedSources } from './source-feed.js';

/**
 * Up to this many sources, a second thread costs more than it saves: it loads the code and pays V8's JIT
 * warm-up again (over a second of a core, whatever the corpus), while one thread's compiles and collections
 * already run on the other core. `dealbrief run` on the bench's corpora, its median time with the pool
 * against without (2–5 alternating rounds): +10% at 1,000 sources, +11% at 3,000, +5% at 5,000, +3% at
 * 7,000, -3.5% at 10,000; parse + extract alone: -25% at 30,000. Those sources are about 2.9 KB each, as
 * the seeds are (3.3 KB): the warm-up is fixed and the work grows with the text, so longer articles make
 * the pool pay with fewer of them (`DEALBRIEF_POOL_THRESHOLD`).
 */
export const POOL_THRESHOLD = 8_000;
/** Sources sent to a worker per message. */
const BATCH_SIZE = 16;
/** Batches a worker holds at once: one it works on, one waiting, so it never idles between two. */
const BATCHES_AHEAD = 2;
/**
 * A worker holds the profile and one or two batches, never the corpus: a small heap keeps the run's
 * memory flat (10,000 sources: 507 → 424 MB peak). A worker that runs out of it stops, and collectSources
 * does its sources in-process. The young generation is not cut as short as it could be: with 8 MB the
 * worker collected so often that the pool took 3–5% longer at 10,000 sources (median of six alternating
 * rounds: 3.78 s against 3.65 s with 16 MB), and the run's peak RSS did not move with it.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/** How many workers, and above how many sources; the environment overrides both (bench and tests). */
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

/**
 * When there are more than `threshold` sources and at least one worker, reads every readable source
 * (checked as collectSources checks it) and parses and extracts them across worker threads and the main
 * thread, all taking batches from one feed that reads each batch when a lane asks for it. Returns the
 * analyses, with the bytes they were made from, by file name; empty at or below the threshold or with no
 * worker. collectSources
 * takes a source's bytes and analysis from here instead of reading it again, so each file is read once,
 * as in-process.
 *
 * The workers start first (their start-up overlaps the main thread's first batch), and each holds
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
    const feed = feedSources(dir, realDir, files, registry, BATCH_SIZE);
    const strings = new Map<string, string>();
    const drive = (worker: Worker): Promise<void> =>
      new Promise((resolve, reject) => {
        const pending: AnalyseInput[][] = [];
        const send = (): void => {
          const batch = feed.next();
          if (batch === undefined) return;
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
    // The main thread is a lane too. It yields between two sources, so that what the workers return is
    // taken in (and their next batch read and sent) while it works.
    const mainLane = async (): Promise<void> => {
      for (let batch = feed.next(); batch !== undefined; batch = feed.next()) {
        for (const input of batch) {
          await new Promise<void>((resolve) => setImmediate(resolve));
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
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return ahead;
}
