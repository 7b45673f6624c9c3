import { lstat, mkdir, open, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DealbriefError, ErrorCode } from '@dealbrief/core';
import { describeOutputError, guardOutput, makeDirectory } from './output-errors.js';
import { suffixRunId } from './run-id.js';

export const RUNS_DIR = 'runs';
export const LATEST_LINK = 'latest';
export const LATEST_FILE = 'LATEST';

export interface PublishRunOptions {
  /** The output folder (`--out`). */
  outDir: string;
  /** The run id to use, or to suffix with -2, -3... when a run of that id exists. */
  baseRunId: string;
  /** Writes every file of the pack into `dir` (a temp folder inside outDir). */
  write: (dir: string, runId: string) => Promise<void>;
}

export interface PublishedRun {
  runId: string;
  /** `<outDir>/runs/<runId>`. */
  runDir: string;
}

/**
 * Publishes a pack atomically. The pack is written into `<out>/.tmp-<id>/`, renamed to `<out>/runs/<id>/`
 * once every file is complete, and only then is `<out>/latest` (a symlink to `runs/<id>`) replaced by
 * renaming a fresh symlink over it, and `<out>/LATEST` (the id) by renaming a fresh file over it. Readers
 * see the old pack or the new one, never half of one. When writing fails the temp folder is removed and
 * `latest` is left as it was.
 */
export async function publishRun(options: PublishRunOptions): Promise<PublishedRun> {
  const { outDir } = options;
  const runsDir = join(outDir, RUNS_DIR);
  await guardFs(`cannot create ${runsDir}`, () => makeDirectory(runsDir));
  const { runId, tmpDir } = await reserveRunId(outDir, options.baseRunId);
  const runDir = join(runsDir, runId);
  try {
    await guardOutput(`cannot write the pack to ${runDir}`, () => options.write(tmpDir, runId));
    await syncDir(tmpDir);
    await guardFs(`cannot move ${tmpDir} to ${runDir}`, () => rename(tmpDir, runDir));
  } catch (error) {
    await rm(tmpDir, { recursive: true, force: true });
    throw error;
  }
  await syncDir(runsDir);
  await pointLatestAt(outDir, runId);
  return { runId, runDir };
}

/** Errors of `symlink()` that mean the file system or OS does not offer symlinks here. */
const NO_SYMLINKS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP']);

/**
 * Moves `<out>/latest` and `<out>/LATEST` to an existing run, each by one atomic rename (the symlink only
 * where the OS allows symlinks).
 */
export async function pointLatestAt(outDir: string, runId: string): Promise<void> {
  const link = join(outDir, LATEST_LINK);
  const tmpLink = join(outDir, `.${LATEST_LINK}-${runId}.tmp`);
  await rm(tmpLink, { force: true });
  await guardFs(`cannot update ${link}`, async () => {
    try {
      await symlink(join(RUNS_DIR, runId), tmpLink);
    } catch (error) {
      // Where the OS allows no symlinks (Windows without the privilege), LATEST alone names the run.
      if (NO_SYMLINKS.has((error as NodeJS.ErrnoException).code ?? '')) return;
      throw error;
    }
    await rename(tmpLink, link);
  }).catch(async (error: unknown) => {
    await rm(tmpLink, { force: true });
    throw error;
  });
  const pointer = join(outDir, LATEST_FILE);
  const tmpPointer = join(outDir, `.${LATEST_FILE}-${runId}.tmp`);
  await guardFs(`cannot update ${pointer}`, async () => {
    await writeFile(tmpPointer, `${runId}\n`);
    await syncFile(tmpPointer);
    await rename(tmpPointer, pointer);
  }).catch(async (error: unknown) => {
    await rm(tmpPointer, { force: true });
    throw error;
  });
  await syncDir(outDir);
}

/** Picks the first free id (base, base-2, base-3...) and claims it by creating its temp folder. */
async function reserveRunId(outDir: string, base: string): Promise<{ runId: string; tmpDir: string }> {
  for (let attempt = 1; attempt < 1000; attempt++) {
    const runId = suffixRunId(base, attempt);
    if (await exists(join(outDir, RUNS_DIR, runId))) continue;
    const tmpDir = join(outDir, `.tmp-${runId}`);
    try {
      await mkdir(tmpDir);
      return { runId, tmpDir };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new DealbriefError(
        ErrorCode.OutputFailed,
        `cannot create ${tmpDir}: ${describeOutputError(error)}`,
        {
          file: tmpDir,
          cause: error,
        },
      );
    }
  }
  throw new DealbriefError(ErrorCode.OutputFailed, `no free run id for ${base} in ${outDir}`);
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

async function guardFs<T>(what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw new DealbriefError(ErrorCode.OutputFailed, `${what}: ${describeOutputError(error)}`, {
      cause: error,
    });
  }
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsyncs a folder so renames inside it survive a crash (best effort: not every platform allows it). */
async function syncDir(path: string): Promise<void> {
  await syncFile(path).catch(() => {});
}
