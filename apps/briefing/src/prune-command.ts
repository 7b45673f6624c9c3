import { DealbriefError, ErrorCode } from '@dealbrief/core';
import { resolveConfig } from './config.js';
import { ExitCode } from './exit-codes.js';
import { pruneRuns, removeLeftovers } from './prune-runs.js';
import { acquireLock } from './run-lock.js';

/** The options of `dealbrief prune`. */
export interface PruneCommandOptions {
  /** How many runs to keep; default: the config's `keep`. */
  keep?: number | undefined;
  out?: string | undefined;
  config?: string | undefined;
  /** Seconds to wait for a run's lock (default 0). */
  wait?: number | undefined;
  json?: boolean | undefined;
}

/**
 * `dealbrief prune --keep <n>`: under the output folder's lock, removes leftovers of dead runs and every run
 * beyond the n newest, never the latest. Throws USAGE without a keep count or output folder, BUSY when a run
 * holds the lock.
 */
export async function pruneCommand(
  options: PruneCommandOptions,
  context: {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    now: Date;
    cwd?: string | undefined;
  },
): Promise<ExitCode> {
  const { config } = await resolveConfig(options.config, context.cwd ?? process.cwd());
  const outDir = options.out ?? config.out;
  const keep = options.keep ?? config.keep;
  if (outDir === undefined) {
    throw new DealbriefError(ErrorCode.Usage, '--out <dir> is required (or "out" in dealbrief.config.json)');
  }
  if (keep === undefined) {
    throw new DealbriefError(ErrorCode.Usage, '--keep <n> is required (or "keep" in dealbrief.config.json)');
  }
  const lock = await acquireLock(outDir, {
    waitSeconds: options.wait,
    now: context.now,
    log: (message) => context.stderr(`${message}\n`),
  });
  try {
    await removeLeftovers(outDir);
    const pruned = await pruneRuns(outDir, keep);
    if (options.json) context.stdout(`${JSON.stringify({ level: 'info', event: 'pruned', keep, pruned })}\n`);
    else
      context.stdout(`pruned ${pruned.length} run(s)${pruned.length > 0 ? `: ${pruned.join(', ')}` : ''}\n`);
    return ExitCode.Ok;
  } finally {
    await lock.release();
  }
}
