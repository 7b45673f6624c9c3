import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DealbriefError, ErrorCode } from '@dealbrief/core';
import { RUNS_DIR } from './publish-run.js';
import { listRuns } from './run-history.js';
import { describeFsError } from './source-files.js';

/**
 * Deletes the oldest runs of `<outDir>/runs` beyond the `keep` newest (by createdAt), never the latest.
 * Each run is first renamed out of runs/ (to `<outDir>/.tmp-pruned-<id>`, one atomic step, so `list` never
 * sees half a run) and then removed. Call it while holding the output folder's lock. Returns the ids
 * deleted, oldest last.
 */
export async function pruneRuns(outDir: string, keep: number): Promise<string[]> {
  if (!Number.isInteger(keep) || keep < 1) {
    throw new DealbriefError(ErrorCode.Usage, `--keep needs a whole number of runs ≥ 1, got ${keep}`);
  }
  const runs = await listRuns(outDir);
  const doomed = runs.slice(keep).filter((run) => !run.latest);
  for (const run of doomed) {
    const aside = join(outDir, `.tmp-pruned-${run.runId}`);
    try {
      await rename(join(outDir, RUNS_DIR, run.runId), aside);
    } catch (error) {
      throw new DealbriefError(
        ErrorCode.OutputFailed,
        `cannot remove run ${run.runId}: ${describeFsError(error)}`,
        { file: join(outDir, RUNS_DIR, run.runId), cause: error },
      );
    }
    await rm(aside, { recursive: true, force: true });
  }
  return doomed.map((run) => run.runId);
}

/**
 * Removes what dead runs left in `<outDir>`: `.tmp-*` folders (unfinished packs, pruned runs) and the
 * temporary `latest`/`LATEST` files. Only safe while holding the lock. Returns the names removed.
 */
export async function removeLeftovers(outDir: string): Promise<string[]> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  const leftovers = names.filter(
    (name) => name.startsWith('.tmp-') || /^\.(latest|LATEST)-.+\.tmp$/.test(name),
  );
  for (const name of leftovers) await rm(join(outDir, name), { recursive: true, force: true });
  return leftovers;
}
