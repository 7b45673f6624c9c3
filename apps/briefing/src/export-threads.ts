import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Briefing, DealbriefError, type ErrorCode } from '@dealbrief/core';
import type { Format } from './formats.js';

/** The exports slow enough to get a thread of their own: each loads a large library and lays out pages. */
export type ThreadFormat = 'xlsx' | 'pdf';

/** What the main thread sends an export worker. */
export interface ExportJob {
  briefing: Briefing;
  path: string;
}

/** What an export worker answers: done, or the error its writer threw (with the file system's code). */
export type ExportOutcome =
  | { ok: true }
  | {
      ok: false;
      error: {
        name: string;
        message: string;
        code?: string;
        errno?: number;
        syscall?: string;
        path?: string;
        file?: string;
      };
    };

/** Writes one export of a briefing to a path. */
export type ExportWriter = (briefing: Briefing, path: string) => Promise<void>;

/**
 * Briefings with more claims than this are written in-process, one export after the other: a thread
 * would need its own copy of the briefing, and memory stays flat only without copies.
 */
export const EXPORT_THREAD_CLAIM_LIMIT = 20_000;

/**
 * Above this many sources no export thread is started. Large briefings are over
 * {@link EXPORT_THREAD_CLAIM_LIMIT} anyway, and short of it the threads do not pay for their memory: at
 * 1,000 sources (17,500 claims) they changed the run's time by -6% to +5% over three rounds and added
 * 80 MB to its peak RSS.
 */
export const EXPORT_THREAD_SOURCE_LIMIT = 200;

/** Export workers started ahead, one per slow format. */
export interface ExportThreads {
  /**
   * The writer for `format`: its thread when one was started and the briefing has at most
   * {@link EXPORT_THREAD_CLAIM_LIMIT} claims, else `inProcess`. A thread that stops without an answer (it
   * could not start) leaves the work to `inProcess` too.
   */
  writerFor(format: ThreadFormat, briefing: Briefing, inProcess: ExportWriter): ExportWriter;
  /** Stops every worker that is still running (idempotent). */
  close(): Promise<void>;
}

/** The error a worker reported, rebuilt: a DealbriefError stays one, a file system error keeps its code. */
function rebuildError(error: Extract<ExportOutcome, { ok: false }>['error']): Error {
  if (error.name === 'DealbriefError' && error.code !== undefined)
    return new DealbriefError(error.code as ErrorCode, error.message, { file: error.file });
  const { name: _name, message, ...details } = error;
  return Object.assign(new Error(message), details);
}

const NO_THREADS: ExportThreads = { writerFor: (_f, _b, inProcess) => inProcess, close: async () => {} };

/** Whether export threads are wanted: `DEALBRIEF_EXPORT_THREADS=0` turns them off. */
export function exportThreadsWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['DEALBRIEF_EXPORT_THREADS'] !== '0';
}

/**
 * Starts one worker per slow format wanted (XLSX, PDF) at the start of a run, so that loading exceljs,
 * pdfkit and the fonts happens on other cores while the main thread parses and extracts; the pack is then
 * written on up to three cores at once. Without the built worker file (the sources run under a test
 * runner), when turned off, or for more than {@link EXPORT_THREAD_SOURCE_LIMIT} sources, nothing is
 * started and every export is written in-process.
 */
export function startExportThreads(
  formats: readonly Format[],
  sources: number,
  wanted = exportThreadsWanted(),
): ExportThreads {
  const url = new URL('./export-worker.js', import.meta.url);
  const slow = (['xlsx', 'pdf'] as const).filter((f) => formats.includes(f));
  if (!wanted || slow.length === 0 || sources > EXPORT_THREAD_SOURCE_LIMIT || !existsSync(fileURLToPath(url)))
    return NO_THREADS;
  const workers = new Map<ThreadFormat, Worker>();
  for (const format of slow) {
    const worker = new Worker(url, { workerData: { format } });
    worker.on('error', () => {}); // a failed start is seen by run() as an exit without an outcome
    workers.set(format, worker);
  }
  const run = (worker: Worker, job: ExportJob): Promise<ExportOutcome | null> =>
    new Promise((resolve) => {
      worker.once('message', (outcome: ExportOutcome) => resolve(outcome));
      worker.once('exit', () => resolve(null));
      worker.postMessage(job);
    });
  return {
    writerFor(format, briefing, inProcess) {
      const worker = workers.get(format);
      if (worker === undefined || briefing.claims.length > EXPORT_THREAD_CLAIM_LIMIT) return inProcess;
      workers.delete(format);
      return async (b, path) => {
        const outcome = await run(worker, { briefing: b, path });
        await worker.terminate();
        if (outcome === null) return inProcess(b, path);
        if (!outcome.ok) throw rebuildError(outcome.error);
      };
    },
    async close() {
      const left = [...workers.values()];
      workers.clear();
      await Promise.all(left.map((worker) => worker.terminate()));
    },
  };
}
