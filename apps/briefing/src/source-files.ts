import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DealbriefError, ErrorCode } from '@dealbrief/core';

/** Name of the optional source registry inside the sources folder. */
export const REGISTRY_FILE = 'sources.json';

/**
 * Lists the source files of a folder: every `*.txt` entry that is not a directory, sorted by name (code-unit
 * order, so the result does not depend on the locale). Entries that cannot be stat-ed (broken symlinks) are
 * kept so that reading them reports the problem. Throws SOURCE_UNREADABLE when the folder cannot be read.
 */
export async function listSourceFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new DealbriefError(
      ErrorCode.SourceUnreadable,
      `cannot read the sources folder ${dir}: ${describeFsError(error)}`,
      {
        file: dir,
        cause: error,
      },
    );
  }
  const files: string[] = [];
  for (const name of names) {
    if (!name.toLowerCase().endsWith('.txt')) continue;
    const info = await stat(join(dir, name)).catch(() => null);
    if (info?.isDirectory()) continue;
    files.push(name);
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** "EACCES: permission denied" from a Node fs error, else the error's message. */
export function describeFsError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
    return code ? `${code}: ${reason}` : error.message;
  }
  return String(error);
}
