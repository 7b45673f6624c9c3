import { join } from 'node:path';
import type { Briefing, Problem } from '@dealbrief/core';
import { writeCsv } from '@dealbrief/export-csv';
import type { ExportThreads, ExportWriter } from './export-threads.js';
import { effectiveFormats, type Format } from './formats.js';
import {
  buildManifest,
  hashPackFiles,
  MANIFEST_FILE,
  type Manifest,
  type ManifestEntry,
  RUN_FILE,
} from './manifest.js';
import { releaseMemory } from './release-memory.js';
import { writeJson } from './write-json.js';
import { writeZip, zipName } from './write-zip.js';

export const BRIEFING_FILE = 'briefing.json';
/** What changed since the previous run (only when there was one). */
export const CHANGES_FILE = 'changes.json';
export const XLSX_FILE = 'briefing.xlsx';
export const PDF_FILE = 'briefing.pdf';

/** `run.json`: the one file of a pack that depends on the clock and the run id. */
export interface RunRecord {
  runId: string;
  /** When the run started, ISO 8601 UTC. */
  createdAt: string;
  /** The sources folder, relative to the run folder's real path. */
  sourcesDir: string;
  status: 'ok' | 'partial';
  /** Rejected sources and registry problems (any makes the run partial). */
  problems: Problem[];
  /** What the parser noted about sources it still accepted. */
  notes: Problem[];
  /** The zip of the pack (every file but run.json), which the manifest cannot list since it holds it. */
  zip?: ManifestEntry;
  /** The exports written (json always). */
  formats?: Format[];
  /** Hash of everything the pack depends on (see run-key.ts); equal keys mean an unchanged run. */
  runKey?: string;
}

export interface WritePackInput {
  briefing: Briefing;
  version: string;
  run: RunRecord;
  /** The exports to write (default: all); briefing.json, manifest.json and run.json are always written. */
  formats?: readonly Format[] | undefined;
  /** Export workers started ahead (see export-threads.ts); without them every export is written here. */
  threads?: ExportThreads | undefined;
}

/** The exporters in this thread, loaded only when a pack needs them (they are large libraries). */
const writeXlsxHere: ExportWriter = async (briefing, path) => {
  await (await import('@dealbrief/export-xlsx')).writeXlsx(briefing, path);
};
const writePdfHere: ExportWriter = async (briefing, path) => {
  await (await import('@dealbrief/export-pdf')).writePdf(briefing, path);
};

/**
 * Writes a complete pack into `dir`: briefing.json, the CSV files, briefing.xlsx, briefing.pdf (each only
 * when its format is wanted), then manifest.json (hashes of every file written), the zip of all that
 * (`dealbrief-<as-of>-<run-id>.zip`, when wanted) and run.json (which records the zip's hash and the
 * formats). Returns the manifest.
 */
export async function writePack(dir: string, input: WritePackInput): Promise<Manifest> {
  const { briefing } = input;
  const formats = effectiveFormats(input.formats);
  await writeJson(join(dir, BRIEFING_FILE), briefing);
  releaseMemory(briefing.claims.length);
  if (briefing.changes !== undefined) await writeJson(join(dir, CHANGES_FILE), briefing.changes);
  // XLSX and PDF may run in their threads while this thread writes the CSV files; what runs here runs one
  // export after the other, so memory stays flat. Every started export is awaited, also after a failure,
  // so nothing writes into a folder being removed; the first failure in csv, xlsx, pdf order is thrown.
  const failures: { order: number; error: unknown }[] = [];
  const attempt = async (order: number, work: () => Promise<unknown>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      failures.push({ order, error });
    }
  };
  const slow = [
    { order: 1, format: 'xlsx' as const, path: join(dir, XLSX_FILE), here: writeXlsxHere },
    { order: 2, format: 'pdf' as const, path: join(dir, PDF_FILE), here: writePdfHere },
  ].filter((e) => formats.includes(e.format));
  const here: typeof slow = [];
  const elsewhere: Promise<void>[] = [];
  for (const e of slow) {
    const writer = input.threads?.writerFor(e.format, briefing, e.here) ?? e.here;
    if (writer === e.here) here.push(e);
    else elsewhere.push(attempt(e.order, () => writer(briefing, e.path)));
  }
  const claims = briefing.claims.length;
  if (formats.includes('csv')) await attempt(0, () => writeCsv(briefing, dir, { bom: true }));
  for (const e of here) {
    if (failures.length > 0) break;
    releaseMemory(claims);
    await attempt(e.order, () => e.here(briefing, e.path));
  }
  await Promise.all(elsewhere);
  const [first] = failures.sort((a, b) => a.order - b.order);
  if (first) throw first.error;
  const files = await hashPackFiles(dir);
  const manifest = buildManifest(briefing, input.version, files);
  await writeJson(join(dir, MANIFEST_FILE), manifest);
  let zipEntry: ManifestEntry | undefined;
  if (formats.includes('zip')) {
    const zip = zipName(briefing.asOf, input.run.runId);
    await writeZip(dir, [...files.map((f) => f.name), MANIFEST_FILE], join(dir, zip), briefing.asOf);
    [zipEntry] = await hashPackFiles(dir, [zip]);
  }
  await writeJson(join(dir, RUN_FILE), { ...input.run, formats, zip: zipEntry });
  return manifest;
}
