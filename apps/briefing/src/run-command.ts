import { DealbriefError, ErrorCode, isDealbriefError } from '@dealbrief/core';
import { formatDateInZone, resolveConfig } from './config.js';
import { ExitCode, exitCodeForError, exitCodeForRunStatus } from './exit-codes.js';
import { effectiveFormats, type Format } from './formats.js';
import { assertIsoDate } from './iso-date.js';
import { pruneRuns, removeLeftovers } from './prune-runs.js';
import { readVersion } from './read-version.js';
import { readLatestRunId, readRunKey } from './run-history.js';
import { computeRunKey } from './run-key.js';
import { acquireLock, type HeldLock } from './run-lock.js';
import { createRunLogger, type RunLogger, useColour } from './run-logger.js';
import type { writePack } from './write-pack.js';

/** The options of `dealbrief run` (flags; each falls back to the config file, then to a default). */
export interface RunCommandOptions {
  sources?: string | undefined;
  out?: string | undefined;
  /** YYYY-MM-DD; default: today in the config's time zone (UTC without one). */
  asOf?: string | undefined;
  profile?: string | undefined;
  formats?: Format[] | undefined;
  /** Config file; default: `./dealbrief.config.json` when it exists. */
  config?: string | undefined;
  /** Run even when nothing changed since the latest run. */
  force?: boolean | undefined;
  /** After publishing, keep only this many runs (never deleting the latest). */
  keep?: number | undefined;
  /** Seconds to wait for another run's lock (default 0). */
  wait?: number | undefined;
  json?: boolean | undefined;
  quiet?: boolean | undefined;
}

/** Where `run` writes and what it knows of its surroundings; the clock is read by the caller. */
export interface RunCommandContext {
  now: Date;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** process.stderr.isTTY: a progress bar and colour. */
  stderrIsTTY?: boolean | undefined;
  /** The environment (for NO_COLOR). */
  env?: Readonly<Record<string, string | undefined>> | undefined;
  /** Where `dealbrief.config.json` is looked for; default: process.cwd(). */
  cwd?: string | undefined;
  /** Release the lock and exit on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean | undefined;
  /** Writes the pack's files (default: writePack); a seam for tests of failing disks. */
  writePack?: typeof writePack | undefined;
}

/** How a `run` ended. */
export interface RunCommandResult {
  exitCode: ExitCode;
  /** published: a new pack; unchanged: same inputs as the latest run; busy: locked out; failed: error. */
  outcome: 'published' | 'unchanged' | 'busy' | 'failed';
  /** The new run's id, or the latest run's when unchanged. */
  runId?: string | undefined;
}

/**
 * `dealbrief run` as a function (the scheduler calls it too): resolves flags against the config file, takes
 * `<out>/.lock`, removes what dead runs left, skips the run when its run key equals the latest run's
 * (unless `force`), else runs the pipeline, publishes, and prunes to `keep` runs. Reports through the
 * logger (human or JSON lines) and never throws: every error becomes an exit code.
 */
export async function runCommand(
  options: RunCommandOptions,
  context: RunCommandContext,
): Promise<RunCommandResult> {
  const tty = context.stderrIsTTY === true;
  const logger = createRunLogger({
    stdout: context.stdout,
    stderr: context.stderr,
    json: options.json,
    quiet: options.quiet,
    tty,
    color: useColour(tty, context.env ?? {}),
  });
  let lock: HeldLock | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    lock?.releaseSync();
    logger.log('error', 'interrupted', `dealbrief: interrupted by ${signal}; nothing was published`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  try {
    const { config } = await resolveConfig(options.config, context.cwd ?? process.cwd());
    const sourcesDir = required(options.sources ?? config.sources, '--sources <dir>', 'sources');
    const outDir = required(options.out ?? config.out, '--out <dir>', 'out');
    const asOf = options.asOf ?? formatDateInZone(context.now, config.timeZone);
    assertIsoDate(asOf);
    const formats = effectiveFormats(options.formats ?? config.formats);
    const profile = options.profile ?? config.profile;
    const keep = options.keep ?? config.keep;

    lock = await acquireLock(outDir, {
      waitSeconds: options.wait,
      now: context.now,
      log: (message) => logger.log('warn', 'lock', message),
    });
    if (context.handleSignals !== false) {
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    }
    for (const name of await removeLeftovers(outDir)) {
      logger.log('warn', 'leftover-removed', `removed ${name}, left in ${outDir} by an interrupted run`);
    }
    const version = readVersion();
    const runKey = await computeRunKey({ sourcesDir, profile, formats, asOf, version });
    const latest = await readLatestRunId(outDir);
    if (!options.force && latest !== undefined && (await readRunKey(outDir, latest)) === runKey) {
      logger.summary('unchanged', `unchanged: ${latest}`, { runId: latest, runKey });
      return { exitCode: ExitCode.Ok, outcome: 'unchanged', runId: latest };
    }

    const { formatRunSummary, runBriefing } = await import('./run-briefing.js');
    const result = await runBriefing({
      sourcesDir,
      outDir,
      asOf,
      now: context.now,
      profile,
      formats,
      runKey,
      log: logger.line,
      progress: logger.progress,
      writePack: context.writePack,
    });
    if (result.status === 'partial') {
      logger.log(
        'warn',
        'partial',
        `partial: ${result.problems.length} problem(s); the pack was published anyway`,
      );
    }
    const pruned = keep === undefined ? [] : await pruneRuns(outDir, keep);
    if (pruned.length > 0) {
      logger.log('info', 'pruned', `pruned ${pruned.length} run(s) beyond ${keep}: ${pruned.join(', ')}`, {
        pruned,
      });
    }
    const { sources, claims, fields } = result.briefing;
    logger.summary('published', formatRunSummary(result), {
      runId: result.runId,
      runDir: result.runDir,
      status: result.status,
      asOf,
      sources: sources.length,
      rejected: sources.filter((s) => s.status === 'rejected').length,
      claims: claims.length,
      fields: fields.length,
      formats,
      pruned,
    });
    return { exitCode: exitCodeForRunStatus(result.status), outcome: 'published', runId: result.runId };
  } catch (error) {
    const exitCode = exitCodeForError(error);
    reportError(logger, options.json === true, context.stderr, error, exitCode);
    return { exitCode, outcome: exitCode === ExitCode.Busy ? 'busy' : 'failed' };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await lock?.release();
  }
}

/** A run option that neither the command line nor the config file gave: a usage error. */
function required(value: string | undefined, flag: string, key: string): string {
  if (value === undefined || value === '') {
    throw new DealbriefError(ErrorCode.Usage, `${flag} is required (or "${key}" in dealbrief.config.json)`);
  }
  return value;
}

/** Reports an error: a JSON line with its code, or `dealbrief: <message>` (plus a hint or stack) on stderr. */
export function reportError(
  logger: RunLogger,
  json: boolean,
  stderr: (text: string) => void,
  error: unknown,
  exitCode: ExitCode,
): void {
  const message = error instanceof Error ? error.message : String(error);
  if (json) {
    const code = isDealbriefError(error) ? error.code : ErrorCode.Internal;
    logger.log('error', 'failed', message, { code, exitCode });
    return;
  }
  stderr(`dealbrief: ${message}\n`);
  if (exitCode === ExitCode.Usage) stderr('Run "dealbrief --help" for usage.\n');
  else if (!isDealbriefError(error) && error instanceof Error && error.stack) stderr(`${error.stack}\n`);
}
