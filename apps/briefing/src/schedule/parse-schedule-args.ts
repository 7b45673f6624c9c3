import { DealbriefError, ErrorCode } from '@dealbrief/core';
import { checkSchedule } from './schedule-runs.js';

/**
 * `dealbrief schedule [--cron "<expr>"] [--tz <zone>] [run options…]`. A missing cron expression or time
 * zone falls back to the config file's `schedule` and `timeZone`, then to {@link SCHEDULE_DEFAULTS}.
 */
export interface ScheduleCommand {
  command: 'schedule';
  cron?: string | undefined;
  timezone?: string | undefined;
  /** The options of `dealbrief run`, passed to it at each tick (checked with its parser). */
  runArgs: string[];
}

/** Defaults of `dealbrief schedule`: every day at 07:00 UTC. */
export const SCHEDULE_DEFAULTS = { cron: '0 7 * * *', timezone: 'UTC' } as const;

/**
 * Parses the arguments after `schedule`: takes out `--cron`, `--tz` (also as `--cron=…`) and `--help`;
 * everything else is kept, in order, as the options of `dealbrief run`. Throws USAGE for a missing value,
 * an invalid cron expression or an unknown time zone.
 */
export function parseScheduleArgs(
  args: readonly string[],
): ScheduleCommand | { command: 'help'; topic: 'schedule' } {
  let cron: string | undefined;
  let timezone: string | undefined;
  const runArgs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return { command: 'help', topic: 'schedule' };
    const match = /^--(cron|tz)(?:=(.*))?$/s.exec(arg);
    if (!match) {
      runArgs.push(arg);
      continue;
    }
    const value = match[2] ?? args[++i];
    if (value === undefined || value === '') throw usage(`--${match[1]} needs a value`);
    if (match[1] === 'cron') cron = value;
    else timezone = value;
  }
  const problem = checkSchedule(cron ?? SCHEDULE_DEFAULTS.cron, timezone ?? SCHEDULE_DEFAULTS.timezone);
  if (problem !== undefined) throw usage(problem);
  return { command: 'schedule', cron, timezone, runArgs };
}

function usage(message: string): DealbriefError {
  return new DealbriefError(ErrorCode.Usage, message);
}
