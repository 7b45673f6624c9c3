import { isDealbriefError } from '@dealbrief/core';
import { ExitCode, exitCodeForError, exitCodeForEvaluation, exitCodeForRunStatus } from './exit-codes.js';
import { formatEvalHelp, formatMainHelp, formatRunHelp, formatVerifyHelp } from './help-text.js';
import { formatUtcDate } from './iso-date.js';
import { parseCommandLine } from './parse-command-line.js';
import { readVersion } from './read-version.js';

/** Where the CLI writes, and its clock (the only place dealbrief reads the clock is the caller of this). */
export interface CliContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: Date;
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
                : formatMainHelp(readVersion()),
        );
        return ExitCode.Ok;
      case 'version':
        out(readVersion());
        return ExitCode.Ok;
      case 'run': {
        // Loaded on demand so that --help and --version work even when a pipeline package is broken.
        const { formatRunSummary, runBriefing } = await import('./run-briefing.js');
        const result = await runBriefing({
          sourcesDir: command.sources,
          outDir: command.out,
          asOf: command.asOf ?? formatUtcDate(context.now),
          now: context.now,
          profile: command.profile,
          log: err,
        });
        if (result.status === 'partial') {
          err(`partial: ${result.problems.length} problem(s); the pack was published anyway`);
        }
        out(formatRunSummary(result));
        return exitCodeForRunStatus(result.status);
      }
      case 'verify': {
        const { verifyPack } = await import('./verify-pack.js');
        const result = await verifyPack(command.pack, { sourcesDir: command.sources });
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
