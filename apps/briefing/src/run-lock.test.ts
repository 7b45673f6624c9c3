import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, isAlive } from './run-lock.js';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'dealbrief-lock-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

const now = new Date('2025-11-05T07:15:02Z');
const DEAD_PID = 2 ** 22 + 12_345; // above Linux's pid_max default range

describe('acquireLock', () => {
  it('writes { pid, host, startedAt } and removes the lock on release', async () => {
    const lock = await acquireLock(out, { now });
    expect(JSON.parse(await readFile(join(out, '.lock'), 'utf8'))).toEqual({
      pid: process.pid,
      host: hostname(),
      startedAt: now.toISOString(),
    });
    await lock.release();
    await expect(stat(join(out, '.lock'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses at once with BUSY while a live process holds it, naming the owner', async () => {
    const lock = await acquireLock(out, { now });
    await expect(acquireLock(out, { now })).rejects.toMatchObject({
      code: 'BUSY',
      message: expect.stringContaining(`pid ${process.pid}`),
    });
    await lock.release();
  });

  it('waits for the lock to be released when given time', async () => {
    const first = await acquireLock(out, { now });
    const messages: string[] = [];
    setTimeout(() => void first.release(), 300);
    const second = await acquireLock(out, { now, waitSeconds: 5, pollMs: 50, log: (m) => messages.push(m) });
    expect(messages[0]).toMatch(/^waiting for .*\.lock/);
    await second.release();
  });

  it('gives up after --wait seconds', async () => {
    const first = await acquireLock(out, { now });
    const started = Date.now();
    await expect(acquireLock(out, { now, waitSeconds: 0.3, pollMs: 50 })).rejects.toMatchObject({
      code: 'BUSY',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await first.release();
  });

  it('takes over a lock whose process is dead, and logs it', async () => {
    const stale = { pid: DEAD_PID, host: hostname(), startedAt: '2025-11-04T00:00:00.000Z' };
    expect(isAlive(stale)).toBe(false);
    await writeFile(join(out, '.lock'), JSON.stringify(stale));
    const messages: string[] = [];
    const lock = await acquireLock(out, { now, log: (m) => messages.push(m) });
    expect(messages).toEqual([expect.stringMatching(new RegExp(`removed a stale lock .*pid ${DEAD_PID}`))]);
    expect(JSON.parse(await readFile(join(out, '.lock'), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('treats a lock of another host as alive', async () => {
    await writeFile(join(out, '.lock'), JSON.stringify({ pid: DEAD_PID, host: 'elsewhere', startedAt: 'x' }));
    await expect(acquireLock(out, { now })).rejects.toThrow(/pid \d+ on elsewhere/);
  });
});
