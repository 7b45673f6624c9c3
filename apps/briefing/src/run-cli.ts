import { join } from 'node:path';
import { isDealbriefError } from '@dealbrief/core';
import { ExitCode, exitCodeForError, exitCodeForEvaluation } from './exit-codes.js';
import {
  formatDiffHelp,
  formatEvalHelp,
  formatListHelp,
  formatMainHelp,
  formatPruneHelp,
  formatRunHelp,
  formatScheduleHelp,
  formatServeHelp,
  formatVerifyHelp,
} from './help-text.js';
import { parseCommandLine } from './parse-command-line.js';
import { readVersion } from './read-version.js';

/** Where the CLI writes, and its clock (the only place dealbrief reads the clock is the caller of this). */
export interface CliContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: Date;
  /** process.stderr.isTTY: `run` shows a progress bar and colours (unless NO_COLOR). */
  stderrIsTTY?: boolean | undefined;
  /** The environment (NO_COLOR). */
  env?: Readonly<Record<string, string | undefined>> | undefined;
  /** Where `dealbrief.config.json` is looked for; default: process.cwd(). */
  cwd?: string | undefined;
}

/** Runs one `dealbrief` command line and returns its exit code (see exit-codes.ts). */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  const line = (write: (text: string) => void) => (text: string) => write(`${text}\n`);
  const out = line(context.stdout);
  const err = line(context.stderr);
  try {
    const command = parseCommandLine(argv);
    switch (command.command) {
      case 'help':
        context.stdout(
          command.topic === 'run'
            ? formatRunHelp()
            : command.topic === 'verify'
              ? formatVerifyHelp()
              : command.topic === 'eval'
                ? formatEvalHelp()
                : command.topic === 'list'
                  ? formatListHelp()
                  : command.topic === 'diff'
                    ? formatDiffHelp()
                    : command.topic === 'prune'
                      ? formatPruneHelp()
                      : command.topic === 'serve'
                        ? formatServeHelp()
                        : command.topic === 'schedule'
                          ? formatScheduleHelp()
                          : formatMainHelp(readVersion()),
        );
        return ExitCode.Ok;
      case 'version':
        out(readVersion());
        return ExitCode.Ok;
      case 'run': {
        const { runCommand } = await import('./run-command.js');
        return (await runCommand(command, context)).exitCode;
      }
      case 'list': {
        const { listCommand } = await import('./list-command.js');
        return await listCommand(command, context);
      }
      case 'diff': {
        const { diffCommand } = await import('./diff-command.js');
        return await diffCommand(command, context);
      }
      case 'prune': {
        const { pruneCommand } = await import('./prune-command.js');
        return await pruneCommand(command, context);
      }
      case 'serve': {
        const { runServeCommand } = await import('./serve/run-serve-command.js');
        return await runServeCommand(command, context);
      }
      case 'schedule': {
        const { runScheduleCommand } = await import('./schedule/run-schedule-command.js');
        return await runScheduleCommand(command, context);
      }
      case 'verify': {
        const { verifyPack } = await import('./verify-pack.js');
        const pack =
          command.out === undefined
            ? command.pack
            : join(command.out, command.pack === 'latest' ? 'latest' : join('runs', command.pack));
        const result = await verifyPack(pack, { sourcesDir: command.sources });
        if (result.problems.length > 0) {
          for (const problem of result.problems) err(problem.message);
          err(`verify failed: ${result.problems.length} problem(s) in ${result.packDir}`);
          return ExitCode.Failure;
        }
        out(`verified ${result.claims} claims in ${result.sources} sources`);
        return ExitCode.Ok;
      }
      case 'eval': {
        const { runEvaluation } = await import('./evaluate/run-evaluation.js');
        const { formatScoreTable } = await import('./evaluate/format-score-table.js');
        const report = await runEvaluation({
          sourcesDir: command.sources,
          gold: command.gold,
          profile: command.profile,
          thresholds: { minF1: command.minF1, minFieldF1: command.minFieldF1 },
        });
        for (const problem of report.sourceProblems) err(problem.message);
        for (const problem of report.goldProblems) err(problem);
        for (const mismatch of report.citations.mismatches) err(mismatch.message);
        if (command.json) out(JSON.stringify(report, null, 2));
        else context.stdout(formatScoreTable(report.scores, report.citations));
        for (const failure of report.failures) err(`below threshold: ${failure}`);
        return exitCodeForEvaluation(report.passed);
      }
    }
  } catch (error) {
    const code = exitCodeForError(error);
    const message = error instanceof Error ? error.message : String(error);
    err(`dealbrief: ${message}`);
    if (code === ExitCode.Usage) err('Run "dealbrief --help" for usage.');
    else if (!isDealbriefError(error) && error instanceof Error && error.stack) err(error.stack);
    return code;
  }
}
