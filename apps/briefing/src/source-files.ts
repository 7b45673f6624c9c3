import { readdir } from 'node:fs/promises';
import { DealbriefError, ErrorCode } from '@dealbrief/core';

/** Name of the optional source registry inside the sources folder. */
export const REGISTRY_FILE = 'sources.json';

/**
 * Lists the source entries of a folder: every `*.txt` name, sorted (code-unit order, so the result does not
 * depend on the locale). Whatever the entry is (a file, a broken or outside link, a folder named `x.txt`)
 * it is listed, so that the run reports it as rejected instead of leaving it out silently (see
 * checkSourceFile). Throws SOURCE_UNREADABLE when the folder cannot be read.
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
  const files = names.filter((name) => name.toLowerCase().endsWith('.txt'));
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
