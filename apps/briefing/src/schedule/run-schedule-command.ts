import { DealbriefError, ErrorCode } from '@dealbrief/core';
import { formatDateInZone, resolveConfig } from '../config.js';
import { ExitCode } from '../exit-codes.js';
import { parseRun } from '../parse-command-line.js';
import type { CliContext } from '../run-cli.js';
import { runCommand } from '../run-command.js';
import { waitForStopSignal } from '../wait-for-signal.js';
import { SCHEDULE_DEFAULTS, type ScheduleCommand } from './parse-schedule-args.js';
import { startSchedule, type TickOutcome } from './schedule-runs.js';

/**
 * `dealbrief schedule`: runs `dealbrief run <run options>` (the same `runCommand` the `run` command uses)
 * at every tick of the cron expression in its time zone, never two at once. The run's progress goes to
 * stderr and its summary to stdout as usual, followed by one outcome line per tick
 * (`<time> run ok (exit 0): run <id> … ; next run <time>`, `run ok (exit 0): unchanged: <id>`,
 * `run busy (exit 4): …`). Unless `--as-of` is given, each run's as-of date is today in the schedule's
 * time zone. SIGTERM or SIGINT (or `stop`) end the schedule: no new run starts, a run in progress
 * finishes, and the exit code is 0. The clock is read at each tick.
 */
export async function runScheduleCommand(
  command: ScheduleCommand,
  context: CliContext,
  stop?: AbortSignal,
): Promise<number> {
  const flags = parseRun(command.runArgs);
  if (flags.command !== 'run') throw new DealbriefError(ErrorCode.Usage, 'schedule takes the options of run');
  const { config } = await resolveConfig(flags.config, context.cwd ?? process.cwd());
  const cron = command.cron ?? config.schedule ?? SCHEDULE_DEFAULTS.cron;
  const timezone = command.timezone ?? config.timeZone ?? SCHEDULE_DEFAULTS.timezone;

  const runOnce = async (): Promise<TickOutcome> => {
    const now = new Date();
    let last = '';
    const keep = (write: (text: string) => void) => (text: string) => {
      const line = text.trimEnd().split('\n').at(-1);
      if (line) last = line;
      write(text);
    };
    const result = await runCommand(
      { ...flags, asOf: flags.asOf ?? formatDateInZone(now, timezone) },
      {
        now,
        stdout: keep(context.stdout),
        stderr: keep(context.stderr),
        env: context.env,
        cwd: context.cwd,
        handleSignals: false,
      },
    );
    return { exitCode: result.exitCode, message: last || result.outcome };
  };
  const log = (line: string) => context.stdout(`${line}\n`);
  const schedule = startSchedule({ cron, timezone, runOnce, log });
  const next = schedule.nextRun();
  log(
    `schedule "${cron}" in ${timezone}: dealbrief run ${command.runArgs.join(' ')}; ` +
      `next run ${next ? next.toISOString() : 'never'}`,
  );
  const signal = await waitForStopSignal(stop);
  const busy = schedule.isBusy() ? 'waiting for the run in progress' : 'stopping';
  context.stderr(`${signal === 'abort' ? 'stop requested' : signal}: ${busy}\n`);
  await schedule.stop();
  context.stderr('schedule stopped\n');
  return ExitCode.Ok;
}
