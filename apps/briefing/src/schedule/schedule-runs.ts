import { Cron } from 'croner';
import { ExitCode } from '../exit-codes.js';

/** How one scheduled run ended. */
export interface TickOutcome {
  /** The run's exit code (see exit-codes.ts). */
  exitCode: number;
  /** One line about it: the run's summary, or its last error line. */
  message: string;
}

/** Options of {@link startSchedule}. */
export interface StartScheduleOptions {
  /** A cron expression (5 fields, or 6 with seconds first), as croner reads it. */
  cron: string;
  /** IANA time zone the expression is read in, e.g. `Asia/Seoul`. */
  timezone: string;
  /** Runs one briefing; called at each tick, never twice at once. */
  runOnce: () => Promise<TickOutcome>;
  /** Receives one line per event: each outcome, skipped ticks, the next run. */
  log: (line: string) => void;
  /** The clock for log lines; default `new Date()`. */
  clock?: (() => Date) | undefined;
}

/** A schedule that is running. */
export interface RunningSchedule {
  /** When the next run is due, or null when there is none. */
  nextRun: () => Date | null;
  /** True while a run is in progress. */
  isBusy: () => boolean;
  /** Stops scheduling, waits for a run in progress to end, then resolves. */
  stop: () => Promise<void>;
}

const OUTCOMES: Record<number, string> = {
  [ExitCode.Ok]: 'ok',
  [ExitCode.Failure]: 'failed',
  [ExitCode.Usage]: 'usage error',
  [ExitCode.Partial]: 'partial',
  [ExitCode.Busy]: 'busy',
};

/** Describes an exit code in a log line: ok, failed, usage error, partial, busy (or "exit N"). */
export function describeOutcome(exitCode: number): string {
  return OUTCOMES[exitCode] ?? `exit ${exitCode}`;
}

/**
 * Runs `runOnce` on a cron expression in a time zone with croner. `protect: true`: a tick that comes while
 * the previous run is still going is skipped (and logged), so two runs never overlap. Each outcome is
 * logged as `<time> run <ok|partial|failed> (exit <code>): <message>`; a `runOnce` that throws is logged
 * as a failure (exit 1) and the schedule goes on.
 */
export function startSchedule(options: StartScheduleOptions): RunningSchedule {
  const clock = options.clock ?? (() => new Date());
  const stamp = () => clock().toISOString();
  let inFlight: Promise<void> | undefined;
  const job = new Cron(
    options.cron,
    {
      timezone: options.timezone,
      protect: () => options.log(`${stamp()} skipped: the previous run is still going`),
    },
    async (self) => {
      const run = (async () => {
        let outcome: TickOutcome;
        try {
          outcome = await options.runOnce();
        } catch (error) {
          outcome = { exitCode: 1, message: error instanceof Error ? error.message : String(error) };
        }
        const next = self.nextRun();
        options.log(
          `${stamp()} run ${describeOutcome(outcome.exitCode)} (exit ${outcome.exitCode}): ${outcome.message}` +
            (next ? `; next run ${next.toISOString()}` : ''),
        );
      })();
      inFlight = run;
      try {
        await run;
      } finally {
        if (inFlight === run) inFlight = undefined;
      }
    },
  );
  return {
    nextRun: () => job.nextRun(),
    isBusy: () => job.isBusy(),
    stop: async () => {
      job.stop();
      await inFlight;
    },
  };
}

/**
 * Checks a cron expression and time zone before scheduling; returns a problem to report as a usage error,
 * or undefined when both are fine.
 */
export function checkSchedule(cron: string, timezone: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
  } catch {
    return `--tz: unknown time zone "${timezone}"`;
  }
  try {
    const probe = new Cron(cron, { timezone, paused: true });
    const next = probe.nextRun();
    probe.stop();
    if (next === null) return `--cron "${cron}" never runs`;
  } catch (error) {
    return `--cron "${cron}": ${error instanceof Error ? error.message : String(error)}`;
  }
  return undefined;
}
