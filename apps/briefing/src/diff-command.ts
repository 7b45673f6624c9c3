import { describeChanges } from '@dealbrief/core';
import { diffRuns } from './diff-runs.js';
import { ExitCode } from './exit-codes.js';
import { resolveOutDir } from './list-command.js';
import { listRuns } from './run-history.js';

/** The options of `dealbrief diff`. */
export interface DiffCommandOptions {
  from?: string | undefined;
  to?: string | undefined;
  out?: string | undefined;
  config?: string | undefined;
  json?: boolean | undefined;
}

/**
 * `dealbrief diff [<run-a> <run-b>]`: new, removed and changed field values, claims and sources from
 * run a to run b (default: the run before the latest, to the latest). Prints plain lines, or with
 * `json` the changes object.
 */
export async function diffCommand(
  options: DiffCommandOptions,
  context: { stdout: (text: string) => void; cwd?: string | undefined },
): Promise<ExitCode> {
  const outDir = await resolveOutDir(options.out, options.config, context.cwd);
  const runIds = (await listRuns(outDir)).map((r) => r.runId).reverse();
  const to = options.to ?? runIds.at(-1);
  const { from, changes } = await diffRuns(outDir, runIds, options.from, to);
  if (options.json) {
    context.stdout(`${JSON.stringify({ from, to, changes })}\n`);
    return ExitCode.Ok;
  }
  const lines = describeChanges(changes);
  context.stdout(`changes from ${from} to ${to}:\n`);
  context.stdout(lines.length === 0 ? '  none\n' : lines.map((l) => `  ${l}\n`).join(''));
  return ExitCode.Ok;
}
