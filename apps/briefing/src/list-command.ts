import { DealbriefError, ErrorCode } from '@dealbrief/core';
import { resolveConfig } from './config.js';
import { ExitCode } from './exit-codes.js';
import { formatRunLine, listRuns } from './run-history.js';

/** The options of `dealbrief list`. */
export interface ListCommandOptions {
  out?: string | undefined;
  config?: string | undefined;
  json?: boolean | undefined;
}

/**
 * `dealbrief list`: one line per run of `<out>/runs`, newest first, `*` marking the latest (with `json`, one
 * JSON object per line). Throws USAGE when no output folder is given or configured.
 */
export async function listCommand(
  options: ListCommandOptions,
  context: { stdout: (text: string) => void; cwd?: string | undefined },
): Promise<ExitCode> {
  const outDir = await resolveOutDir(options.out, options.config, context.cwd);
  const runs = await listRuns(outDir);
  for (const run of runs) {
    context.stdout(`${options.json ? JSON.stringify(run) : formatRunLine(run)}\n`);
  }
  if (runs.length === 0 && !options.json) context.stdout(`no runs in ${outDir}\n`);
  return ExitCode.Ok;
}

/** `--out`, else the config file's `out`; a usage error when neither is there. */
export async function resolveOutDir(
  out: string | undefined,
  configFile: string | undefined,
  cwd: string | undefined,
): Promise<string> {
  if (out !== undefined) return out;
  const { config } = await resolveConfig(configFile, cwd ?? process.cwd());
  if (config.out === undefined) {
    throw new DealbriefError(ErrorCode.Usage, '--out <dir> is required (or "out" in dealbrief.config.json)');
  }
  return config.out;
}
