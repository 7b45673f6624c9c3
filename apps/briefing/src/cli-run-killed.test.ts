import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCliProcess, SEEDS } from './test-cli.js';

// A run killed with SIGKILL at some point while it holds the lock must leave out/latest on the previous
// complete pack, list no partial run, and let the next run recover the lock and clean up.
const E2E_TIMEOUT = 120_000;

let root: string;
let sources: string;
let out: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dealbrief-killed-'));
  sources = join(root, 'seeds');
  out = join(root, 'out');
  await cp(SEEDS, sources, { recursive: true });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Starts a forced run, waits until it holds the lock (a dead run's stale lock is taken over), lets it work `delayMs` longer, then SIGKILLs it. */
async function killMidway(delayMs: number): Promise<void> {
  const child = spawn(process.execPath, [CLI, 'run', '--sources', sources, '--out', out, '--force', '-q'], {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + 20_000;
  const holder = async (): Promise<number | undefined> =>
    readFile(join(out, '.lock'), 'utf8').then(
      (text) => (JSON.parse(text) as { pid?: number }).pid,
      () => undefined,
    );
  while (Date.now() < deadline && (await holder().catch(() => undefined)) !== child.pid) await sleep(20);
  expect(await holder().catch(() => undefined), 'the run took the lock').toBe(child.pid);
  await sleep(delayMs);
  child.kill('SIGKILL');
  await exited;
}

describe('a run killed midway', () => {
  it(
    'leaves out/latest on the previous complete pack, which verify accepts',
    async () => {
      const first = await runCliProcess(['run', '--sources', sources, '--out', out]);
      expect(first.code, first.stderr).toBe(0);
      for (const delayMs of [300, 550, 800, 1100]) {
        const before = (await readFile(join(out, 'LATEST'), 'utf8')).trim();
        await killMidway(delayMs);
        const after = (await readFile(join(out, 'LATEST'), 'utf8')).trim();
        const runs = await readdir(join(out, 'runs'));
        // Either the kill came before the rename into runs/ (latest unchanged), or after it (a complete run).
        expect(runs).toContain(after);
        if (after !== before) expect(runs).toContain(before);
        const verify = await runCliProcess(['verify', join(out, 'latest')]);
        expect(verify.code, `${delayMs} ms: ${verify.stderr}`).toBe(0);
        const list = await runCliProcess(['list', '--out', out, '--json']);
        for (const line of list.stdout.trim().split('\n')) {
          expect(JSON.parse(line).status, line).toBe('ok');
        }
        for (const id of runs) expect((await runCliProcess(['verify', id, '--out', out])).code, id).toBe(0);
      }
      const next = await runCliProcess(['run', '--sources', sources, '--out', out, '--force']);
      expect(next.code, next.stderr).toBe(0);
      expect((await readdir(out)).sort()).toEqual(['LATEST', 'latest', 'runs']);
    },
    E2E_TIMEOUT,
  );
});
