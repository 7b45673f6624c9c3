import { describe, expect, it } from 'vitest';
import { parseScheduleArgs } from './parse-schedule-args.js';
import { checkSchedule, describeOutcome, startSchedule, type TickOutcome } from './schedule-runs.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('startSchedule', () => {
  it('runs on every tick, never two at once, logging each outcome and each skipped tick', async () => {
    const lines: string[] = [];
    let running = 0;
    let most = 0;
    let runs = 0;
    const exitCodes = [0, 3];
    const schedule = startSchedule({
      cron: '*/1 * * * * *', // every second
      timezone: 'Asia/Seoul',
      log: (line) => lines.push(line),
      runOnce: async (): Promise<TickOutcome> => {
        running++;
        most = Math.max(most, running);
        await sleep(1300); // longer than the interval: the next tick must be skipped
        running--;
        const exitCode = exitCodes[runs++] ?? 0;
        return { exitCode, message: `run number ${runs}` };
      },
    });
    expect(schedule.nextRun()).toBeInstanceOf(Date);
    for (let waited = 0; runs < 2 && waited < 8000; waited += 50) await sleep(50);
    await schedule.stop();
    expect(runs).toBe(2);
    expect(most).toBe(1);
    expect(schedule.isBusy()).toBe(false);
    const outcomes = lines.filter((l) => / run (ok|partial|failed) /.test(l));
    expect(outcomes[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z run ok \(exit 0\): run number 1; next run /);
    expect(outcomes[1]).toMatch(/ run partial \(exit 3\): run number 2/);
    expect(lines.some((l) => l.endsWith('skipped: the previous run is still going'))).toBe(true);
  }, 15_000);

  it('logs a run that throws as a failure and goes on; stop waits for the run in progress', async () => {
    const lines: string[] = [];
    let calls = 0;
    let finished = false;
    const schedule = startSchedule({
      cron: '*/1 * * * * *',
      timezone: 'UTC',
      log: (line) => lines.push(line),
      runOnce: async () => {
        calls++;
        if (calls === 1) throw new Error('disk full');
        await sleep(400);
        finished = true;
        return { exitCode: 0, message: 'ok' };
      },
    });
    for (let waited = 0; calls < 2 && waited < 5000; waited += 20) await sleep(20);
    expect(schedule.isBusy()).toBe(true);
    await schedule.stop();
    expect(finished).toBe(true);
    expect(lines[0]).toMatch(/ run failed \(exit 1\): disk full/);
    expect(lines[1]).toMatch(/ run ok \(exit 0\): ok$/);
    await sleep(1100);
    expect(calls).toBe(2);
  }, 10_000);
});

describe('schedule options', () => {
  it('names exit codes', () => {
    expect([0, 1, 2, 3, 4, 9].map(describeOutcome)).toEqual([
      'ok',
      'failed',
      'usage error',
      'partial',
      'busy',
      'exit 9',
    ]);
  });

  it('checks the cron expression and the time zone', () => {
    expect(checkSchedule('0 7 * * *', 'Asia/Seoul')).toBeUndefined();
    expect(checkSchedule('0 7 * * *', 'Mars/Olympus')).toMatch(/unknown time zone/);
    expect(checkSchedule('61 * * * *', 'UTC')).toMatch(/^--cron "61 \* \* \* \*"/);
  });

  it('separates --cron and --tz from the run options', () => {
    expect(
      parseScheduleArgs(['--cron', '0 6 * * 1-5', '--sources', 'seeds', '--tz=Asia/Seoul', '--out', 'out']),
    ).toEqual({
      command: 'schedule',
      cron: '0 6 * * 1-5',
      timezone: 'Asia/Seoul',
      runArgs: ['--sources', 'seeds', '--out', 'out'],
    });
    expect(parseScheduleArgs(['--out', 'out', '-h'])).toEqual({ command: 'help', topic: 'schedule' });
    expect(() => parseScheduleArgs(['--cron'])).toThrow(/--cron needs a value/);
    expect(() => parseScheduleArgs(['--tz', 'Nowhere/Here'])).toThrow(/unknown time zone/);
  });
});
