import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RUN_FILE } from './manifest.js';
import { LATEST_FILE, RUNS_DIR } from './publish-run.js';
import { BRIEFING_FILE } from './write-pack.js';

/** One published run, as `dealbrief list` shows it. */
export interface RunSummary {
  runId: string;
  asOf: string | undefined;
  /** run.json's createdAt (ISO 8601), when readable. */
  createdAt: string | undefined;
  /** run.json's status; "unreadable" when run.json or briefing.json cannot be read. */
  status: 'ok' | 'partial' | 'unreadable';
  sources: { ok: number; rejected: number };
  fields: { agreed: number; disputed: number; singleSource: number; notFound: number };
  /** run.json's runKey (see run-key.ts), when recorded. */
  runKey: string | undefined;
  latest: boolean;
}

/** The run id in `<outDir>/LATEST`, or undefined when there is none. */
export async function readLatestRunId(outDir: string): Promise<string | undefined> {
  const text = await readFile(join(outDir, LATEST_FILE), 'utf8').catch(() => undefined);
  const runId = text?.trim();
  return runId && /^[\w.:-]+$/.test(runId) ? runId : undefined;
}

/** The runKey recorded in a run's run.json, if any. */
export async function readRunKey(outDir: string, runId: string): Promise<string | undefined> {
  const run = await readJson(join(outDir, RUNS_DIR, runId, RUN_FILE));
  const key = (run as { runKey?: unknown } | undefined)?.runKey;
  return typeof key === 'string' ? key : undefined;
}

/**
 * Every run folder under `<outDir>/runs`, newest first (by run.json's createdAt, then id). Only complete
 * runs are there: a run appears under runs/ by one rename when its pack is complete.
 */
export async function listRuns(outDir: string): Promise<RunSummary[]> {
  const names = await readdir(join(outDir, RUNS_DIR), { withFileTypes: true }).catch(() => []);
  const latest = await readLatestRunId(outDir);
  const runs: RunSummary[] = [];
  for (const entry of names) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    runs.push(await summarise(outDir, entry.name, entry.name === latest));
  }
  return runs.sort((a, b) => compare(b.createdAt ?? '', a.createdAt ?? '') || compare(b.runId, a.runId));
}

/** One line of `dealbrief list`. */
export function formatRunLine(run: RunSummary): string {
  const f = run.fields;
  return [
    run.latest ? '*' : ' ',
    run.runId,
    `as-of ${run.asOf ?? '?'}`,
    `created ${run.createdAt ?? '?'}`,
    run.status.padEnd(7),
    `sources ${run.sources.ok} ok/${run.sources.rejected} rejected`,
    `fields ${f.agreed} agreed/${f.disputed} disputed/${f.singleSource} single/${f.notFound} not-found`,
  ].join('  ');
}

async function summarise(outDir: string, runId: string, latest: boolean): Promise<RunSummary> {
  const dir = join(outDir, RUNS_DIR, runId);
  const run = (await readJson(join(dir, RUN_FILE))) as Record<string, unknown> | undefined;
  const briefing = (await readJson(join(dir, BRIEFING_FILE))) as
    | { asOf?: unknown; sources?: { status?: unknown }[]; fields?: { status?: unknown }[] }
    | undefined;
  const status = run?.['status'];
  const count = (list: { status?: unknown }[] | undefined, value: string): number =>
    Array.isArray(list) ? list.filter((item) => item?.status === value).length : 0;
  return {
    runId,
    asOf: typeof briefing?.asOf === 'string' ? briefing.asOf : undefined,
    createdAt: typeof run?.['createdAt'] === 'string' ? run['createdAt'] : undefined,
    status: briefing && (status === 'ok' || status === 'partial') ? status : 'unreadable',
    sources: { ok: count(briefing?.sources, 'ok'), rejected: count(briefing?.sources, 'rejected') },
    fields: {
      agreed: count(briefing?.fields, 'agreed'),
      disputed: count(briefing?.fields, 'disputed'),
      singleSource: count(briefing?.fields, 'single-source'),
      notFound: count(briefing?.fields, 'not-found'),
    },
    runKey: typeof run?.['runKey'] === 'string' ? run['runKey'] : undefined,
    latest,
  };
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
