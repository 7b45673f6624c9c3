import { parentPort, workerData } from 'node:worker_threads';
import type { Briefing } from '@dealbrief/core';
import type { ExportJob, ExportOutcome, ThreadFormat } from './export-threads.js';

/**
 * A worker of the export threads: loads one exporter as soon as it starts (while the main thread still
 * parses and extracts), then writes the one briefing it is sent and reports how that went.
 */
const format = (workerData as { format: ThreadFormat }).format;
const port = parentPort;
const writer: Promise<(briefing: Briefing, path: string) => Promise<unknown>> =
  format === 'xlsx'
    ? import('@dealbrief/export-xlsx').then((m) => m.writeXlsx)
    : import('@dealbrief/export-pdf').then((m) => m.writePdf);

port?.once('message', async ({ briefing, path }: ExportJob) => {
  let outcome: ExportOutcome;
  try {
    await (await writer)(briefing, path);
    outcome = { ok: true };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { file?: unknown };
    outcome = {
      ok: false,
      error: {
        name: e?.name ?? 'Error',
        message: e?.message ?? String(error),
        ...(typeof e?.code === 'string' ? { code: e.code } : {}),
        ...(typeof e?.errno === 'number' ? { errno: e.errno } : {}),
        ...(typeof e?.syscall === 'string' ? { syscall: e.syscall } : {}),
        ...(typeof e?.path === 'string' ? { path: e.path } : {}),
        ...(typeof e?.file === 'string' ? { file: e.file } : {}),
      },
    };
  }
  port.postMessage(outcome);
});
