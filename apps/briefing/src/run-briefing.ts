import { realpath } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type Briefing, DealbriefError, ErrorCode, type Problem, type Profile } from '@dealbrief/core';
import { priorOf, reconcileClaims } from '@dealbrief/reconcile';
import { assembleBriefing } from './assemble-briefing.js';
import { attachChanges } from './attach-changes.js';
import { collectSources, type LogLine, type SourceProgress } from './collect-sources.js';
import { type ExportThreads, startExportThreads } from './export-threads.js';
import { effectiveFormats, type Format } from './formats.js';
import { assertIsoDate } from './iso-date.js';
import { loadProfile } from './load-profile.js';
import type { Manifest } from './manifest.js';
import { publishRun, RUNS_DIR } from './publish-run.js';
import { readVersion } from './read-version.js';
import { releaseMemory } from './release-memory.js';
import { formatRunId } from './run-id.js';
import { listSourceFiles } from './source-files.js';
import { readSourceRegistry } from './source-registry.js';
import { type RunRecord, writePack } from './write-pack.js';

export interface RunBriefingOptions {
  /** Folder with the `*.txt` sources and optionally `sources.json`. */
  sourcesDir: string;
  /** Output folder; the pack goes to `<outDir>/runs/<runId>/`. */
  outDir: string;
  /** The briefing's as-of date, YYYY-MM-DD. */
  asOf: string;
  /** The clock, read by the caller: names the run and stamps run.json. */
  now: Date;
  /** A profile file, or an already loaded profile; default: the bundled profile. */
  profile?: string | URL | Profile | undefined;
  /** Receives progress and problem lines. */
  log?: LogLine | undefined;
  /** Told as each source is read (for a progress bar). */
  progress?: SourceProgress | undefined;
  /** The exports to write (default: all; briefing.json always). */
  formats?: readonly Format[] | undefined;
  /** The run key (run-key.ts) to record in run.json, for unchanged detection by later runs. */
  runKey?: string | undefined;
  /** Writes the pack's files (default: writePack); a seam for tests of failing disks. */
  writePack?: typeof writePack | undefined;
}

export interface RunBriefingResult {
  runId: string;
  runDir: string;
  status: 'ok' | 'partial';
  briefing: Briefing;
  manifest: Manifest;
  problems: Problem[];
}

/**
 * Runs the whole pipeline once: registry → parse → extract → reconcile → briefing (validated, citations
 * checked) → pack, published atomically under `<outDir>/runs/<id>` with `latest` moved to it. Rejected
 * sources and registry problems make the run "partial"; anything else that goes wrong throws and leaves
 * the previous `latest` in place.
 */
export async function runBriefing(options: RunBriefingOptions): Promise<RunBriefingResult> {
  assertIsoDate(options.asOf);
  // The XLSX and PDF workers load their libraries while this thread parses and extracts.
  const sourceCount = await listSourceFiles(options.sourcesDir).then(
    (files) => files.length,
    () => 0, // collectSources reports an unreadable folder
  );
  const threads = startExportThreads(effectiveFormats(options.formats), sourceCount);
  try {
    return await runPipeline(options, threads);
  } finally {
    await threads.close();
  }
}

async function runPipeline(options: RunBriefingOptions, threads: ExportThreads): Promise<RunBriefingResult> {
  const log = options.log ?? (() => {});
  const profile = await resolveProfile(options.profile);
  const registry = await readSourceRegistry(options.sourcesDir);
  for (const problem of registry.problems) log(problem.message);

  const collected = await collectSources(
    options.sourcesDir,
    registry.entries,
    profile,
    log,
    options.progress,
  );
  if (collected.sources.length === 0) {
    throw new DealbriefError(ErrorCode.SourceUnreadable, `no *.txt sources in ${options.sourcesDir}`, {
      file: options.sourcesDir,
    });
  }
  releaseMemory(collected.claims.length);
  const sources = collected.sources.map((s) => (s.status === 'ok' ? { ...s, weight: priorOf(s) } : s));
  const { fields, groups } = reconcileClaims({ claims: collected.claims, profile, sources });
  for (const group of groups) log(`one story: ${group.note}`);
  const assembled = assembleBriefing({
    profile,
    asOf: options.asOf,
    sources,
    claims: collected.claims,
    fields,
    groups,
    texts: collected.texts,
  });
  const briefing = await attachChanges(options.outDir, assembled, log);
  releaseMemory(briefing.claims.length);

  const problems = [...registry.problems, ...collected.problems];
  const status = problems.length > 0 ? 'partial' : 'ok';
  const version = readVersion();
  const realSources = await realpath(options.sourcesDir);
  let manifest: Manifest | undefined;
  const published = await publishRun({
    outDir: options.outDir,
    baseRunId: formatRunId(options.asOf, options.now),
    write: async (dir, runId) => {
      const runDir = join(await realpath(options.outDir), RUNS_DIR, runId);
      const run: RunRecord = {
        runId,
        createdAt: options.now.toISOString(),
        sourcesDir: relative(runDir, realSources) || '.',
        status,
        problems,
        notes: collected.notes,
        ...(options.runKey === undefined ? {} : { runKey: options.runKey }),
      };
      manifest = await (options.writePack ?? writePack)(dir, {
        briefing,
        version,
        run,
        formats: effectiveFormats(options.formats),
        threads,
      });
    },
  });
  if (!manifest) throw new DealbriefError(ErrorCode.Internal, 'the pack was published without a manifest');
  return { ...published, status, briefing, manifest, problems };
}

/** One line for stdout: `run <id>: 5 sources (0 rejected), 38 claims, 4 fields → out/runs/<id>`. */
export function formatRunSummary(result: RunBriefingResult): string {
  const { sources, claims, fields } = result.briefing;
  const rejected = sources.filter((s) => s.status === 'rejected').length;
  return `run ${result.runId}: ${sources.length} sources (${rejected} rejected), ${claims.length} claims, ${fields.length} fields → ${result.runDir}`;
}

async function resolveProfile(profile: RunBriefingOptions['profile']): Promise<Profile> {
  if (profile === undefined || typeof profile === 'string' || profile instanceof URL)
    return loadProfile(profile);
  return profile;
}
