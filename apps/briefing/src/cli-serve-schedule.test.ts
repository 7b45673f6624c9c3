import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, runCliProcess, SEEDS } from './test-cli.js';

const children: ChildProcessWithoutNullStreams[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Starts the built CLI and collects its output. */
function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
  children.push(child);
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const waitFor = async (pattern: RegExp, ms: number): Promise<RegExpExecArray> => {
    for (let waited = 0; waited < ms; waited += 25) {
      const match = pattern.exec(output.stdout);
      if (match) return match;
      await new Promise((done) => setTimeout(done, 25));
    }
    throw new Error(`no ${pattern} in ${ms} ms; stdout: ${output.stdout}; stderr: ${output.stderr}`);
  };
  return { child, output, exited, waitFor };
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dealbrief-cli-'));
  folders.push(dir);
  return dir;
}

describe('dealbrief serve (CLI)', () => {
  it('prints its URL, serves, and exits 0 on SIGTERM', async () => {
    const dir = await tempDir();
    const serve = start(['serve', '--port', '0', '--dir', dir], { DEALBRIEF_TOKEN: 'tok' });
    const [, url] = await serve.waitFor(/at (http:\/\/127\.0\.0\.1:\d+)\/ \(bearer token required\)/, 10_000);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/api/runs`)).status).toBe(401);
    const runs = await fetch(`${url}/api/runs`, { headers: { Authorization: 'Bearer tok' } });
    expect(await runs.json()).toEqual({ runs: [], latest: null, keyFacts: [] });
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(serve.output.stderr).toContain('server stopped');
  });

  it('rejects a bad port as a usage error', async () => {
    const exit = await runCliProcess(['serve', '--port', '70000']);
    expect(exit.code).toBe(2);
    expect(exit.stderr).toContain('--port needs a number from 0 to 65535');
  });
});

describe('dealbrief schedule (CLI)', () => {
  it('runs on every tick, logs each outcome, and exits 0 on SIGTERM after the run in progress', async () => {
    const out = join(await tempDir(), 'out');
    const schedule = start([
      'schedule',
      '--cron',
      '*/1 * * * * *',
      '--tz',
      'Asia/Seoul',
      '--sources',
      SEEDS,
      '--out',
      out,
    ]);
    await schedule.waitFor(/^schedule "\*\/1 \* \* \* \* \*" in Asia\/Seoul: .*next run /m, 10_000);
    const [published] = await schedule.waitFor(/ run ok \(exit 0\): run \S+: 5 sources.*/, 15_000);
    expect(published).toMatch(/; next run \d{4}-/);
    await schedule.waitFor(/ run ok \(exit 0\): unchanged: \S+/, 15_000);
    schedule.child.kill('SIGTERM');
    expect(await schedule.exited).toBe(0);
    expect(schedule.output.stderr).toContain('schedule stopped');
  }, 40_000);

  it('checks the cron expression, the time zone and the run options at start (exit 2)', async () => {
    for (const args of [
      ['--cron', 'every day', '--sources', SEEDS, '--out', 'x'],
      ['--tz', 'Mars/Olympus', '--sources', SEEDS, '--out', 'x'],
      ['--sources', SEEDS, '--out', 'x', '--no-such-option'],
    ]) {
      const exit = await runCliProcess(['schedule', ...args]);
      expect(exit.code, args.join(' ')).toBe(2);
    }
  });
});
