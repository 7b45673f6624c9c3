import { readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DealbriefError, ErrorCode } from '@dealbrief/core';
import { LATEST_FILE, RUNS_DIR } from './publish-run.js';
import { describeFsError } from './source-files.js';
import { BRIEFING_FILE } from './write-pack.js';

/**
 * Finds the run folder a path means and returns its real path: a run folder itself, a symlink to one
 * (`out/latest`), or an output folder (then the run named in its `LATEST` file). Throws PACK_INVALID.
 */
export async function resolvePackDir(path: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    throw new DealbriefError(
      ErrorCode.PackInvalid,
      `cannot open the pack ${path}: ${describeFsError(error)}`,
      {
        file: path,
        cause: error,
      },
    );
  }
  if (await isFile(join(real, BRIEFING_FILE))) return real;
  const pointer = join(real, LATEST_FILE);
  if (await isFile(pointer)) {
    const runId = (await readFile(pointer, 'utf8')).trim();
    if (!/^[\w.:-]+$/.test(runId)) {
      throw new DealbriefError(ErrorCode.PackInvalid, `${join(path, LATEST_FILE)} does not hold a run id`, {
        file: pointer,
      });
    }
    const runDir = join(real, RUNS_DIR, runId);
    if (await isFile(join(runDir, BRIEFING_FILE))) return realpath(runDir);
    throw new DealbriefError(
      ErrorCode.PackInvalid,
      `${join(path, LATEST_FILE)} names run ${runId}, but ${join(path, RUNS_DIR, runId, BRIEFING_FILE)} does not exist`,
      { file: runDir },
    );
  }
  throw new DealbriefError(
    ErrorCode.PackInvalid,
    `${path} is neither a pack (no ${BRIEFING_FILE}) nor an output folder (no ${LATEST_FILE})`,
    { file: path },
  );
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}
