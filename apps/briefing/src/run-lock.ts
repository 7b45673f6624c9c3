import { unlinkSync } from 'node:fs';
import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DealbriefError, ErrorCode } from '@dealbrief/core';
import { describeOutputError, guardOutput, makeDirectory } from './output-errors.js';

/** The lock file of an output folder. */
export const LOCK_FILE = '.lock';

/** What a lock file holds. */
export interface LockOwner {
  pid: number;
  host: string;
  /** ISO 8601. */
  startedAt: string;
}

/** A held lock; `release` is idempotent. */
export interface HeldLock {
  file: string;
  owner: LockOwner;
  release: () => Promise<void>;
  /** Synchronous release, for signal handlers. */
  releaseSync: () => void;
}

export interface AcquireLockOptions {
  /** Seconds to wait for a live lock to go away (default 0: fail at once with BUSY). */
  waitSeconds?: number | undefined;
  /** Milliseconds between attempts while waiting (default 200). */
  pollMs?: number | undefined;
  /** When the caller started (stamped into the lock). */
  now: Date;
  /** Told about waiting and about stale locks taken over. */
  log?: ((message: string) => void) | undefined;
}

/** How long an empty or unreadable lock file may exist before it counts as stale (its writer died). */
const UNREADABLE_GRACE_MS = 10_000;

/**
 * Takes `<outDir>/.lock` (created with `open(..., 'wx')`, holding `{ pid, host, startedAt }`), creating
 * outDir if needed. A lock of a process that is no longer alive on this host is stale and taken over
 * (logged). A live lock is waited for, polling, up to `waitSeconds`; then BUSY is thrown, naming its owner.
 */
export async function acquireLock(outDir: string, options: AcquireLockOptions): Promise<HeldLock> {
  const file = join(outDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: hostname(), startedAt: options.now.toISOString() };
  const log = options.log ?? (() => {});
  const deadline = Date.now() + Math.max(0, options.waitSeconds ?? 0) * 1000;
  await guardOutput(`cannot create ${outDir}`, () => makeDirectory(outDir));
  let announced = false;
  for (;;) {
    if (await tryCreate(file, owner)) return held(file, owner);
    const current = await readOwner(file);
    if (current === 'gone') continue;
    if (current === 'unreadable' ? await isOld(file) : !isAlive(current)) {
      if (await takeOverStale(file, current)) {
        log(`removed a stale lock ${file}${current === 'unreadable' ? '' : ` ${describeOwner(current)}`}`);
      }
      continue;
    }
    if (Date.now() >= deadline) {
      const who = current === 'unreadable' ? 'another run' : `another run (${describeOwner(current)})`;
      throw new DealbriefError(
        ErrorCode.Busy,
        `${who} holds ${file}; try again later, or pass --wait <seconds> to wait for it`,
        { file },
      );
    }
    if (!announced) {
      log(
        `waiting for ${file}, held by ${current === 'unreadable' ? 'another run' : describeOwner(current)}`,
      );
      announced = true;
    }
    await sleep(options.pollMs ?? 200);
  }
}

/** "pid 123 on host-a, started 2025-11-05T07:15:02.000Z" */
export function describeOwner(owner: LockOwner): string {
  return `pid ${owner.pid} on ${owner.host}, started ${owner.startedAt}`;
}

/** Whether a lock's owner still runs. On another host it cannot be checked, so it counts as alive. */
export function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

async function tryCreate(file: string, owner: LockOwner): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new DealbriefError(ErrorCode.OutputFailed, `cannot create ${file}: ${describeOutputError(error)}`, {
      file,
      cause: error,
    });
  }
  try {
    await handle.writeFile(`${JSON.stringify(owner)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

async function readOwner(file: string): Promise<LockOwner | 'gone' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
  try {
    const data = JSON.parse(text) as Partial<LockOwner>;
    if (Number.isInteger(data.pid) && typeof data.host === 'string' && typeof data.startedAt === 'string') {
      return data as LockOwner;
    }
  } catch {
    // fall through: a lock being written, or garbage
  }
  return 'unreadable';
}

async function isOld(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > UNREADABLE_GRACE_MS;
}

/**
 * Moves a stale lock aside with one rename (only one contender can win it), then checks that what it moved
 * is the stale lock it judged; if a new owner's lock was moved by mistake, it is linked back in place.
 */
async function takeOverStale(file: string, stale: LockOwner | 'unreadable'): Promise<boolean> {
  const aside = `${file}.stale-${process.pid}`;
  try {
    await rename(file, aside);
  } catch {
    return false;
  }
  const moved = await readOwner(aside);
  const same =
    stale === 'unreadable'
      ? moved === 'unreadable'
      : typeof moved === 'object' && moved.pid === stale.pid && moved.startedAt === stale.startedAt;
  if (!same) await link(aside, file).catch(() => {});
  await rm(aside, { force: true });
  return same;
}

function held(file: string, owner: LockOwner): HeldLock {
  let released = false;
  const mine = async (): Promise<boolean> => {
    const current = await readOwner(file);
    return typeof current === 'object' && current.pid === owner.pid && current.startedAt === owner.startedAt;
  };
  return {
    file,
    owner,
    release: async () => {
      if (released) return;
      released = true;
      if (await mine()) await rm(file, { force: true });
    },
    releaseSync: () => {
      if (released) return;
      released = true;
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    },
  };
}
