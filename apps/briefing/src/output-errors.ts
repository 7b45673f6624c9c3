import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DealbriefError, ErrorCode, isDealbriefError } from '@dealbrief/core';

/** Plain words for the errors a full, read-only or foreign output folder gives (the code follows). */
const OUTPUT_REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is in the way',
  ENOENT: 'no such file or folder',
  EEXIST: 'a file is in the way',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
};

/**
 * Describes a failed write to the output folder in one line: `no space left on device (ENOSPC)`. The one
 * place where output errors get their wording; never a stack.
 */
export function describeOutputError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && OUTPUT_REASONS[code] !== undefined)
    return `${OUTPUT_REASONS[code]} (${code})`;
  if (error instanceof Error) return error.message.replace(/, \w+ '.*'$/, '');
  return String(error);
}

/** Whether an error came from the file system (a Node errno error such as ENOSPC), not from a bug. */
export function isFsError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return error instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/**
 * Runs an output step; a file-system error becomes OUTPUT_FAILED `<what>: <reason> (<code>)` (exit 1, one
 * line, no stack). DealbriefErrors and bugs pass through unchanged.
 */
export async function guardOutput<T>(what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (isDealbriefError(error) || !isFsError(error)) throw error;
    throw new DealbriefError(ErrorCode.OutputFailed, `${what}: ${describeOutputError(error)}`, {
      cause: error,
    });
  }
}

/**
 * `mkdir -p` that cannot spin: Node 20's `mkdir(path, { recursive: true })` loops forever under `/proc`
 * (the leaf gives ENOENT though its parent exists). This walks up one parent at a time instead and throws
 * the file system's error.
 */
export async function makeDirectory(path: string): Promise<void> {
  try {
    await mkdir(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if ((await stat(path)).isDirectory()) return;
      throw error;
    }
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw error;
    await makeDirectory(parent);
    await mkdir(path).catch(async (again: unknown) => {
      if ((again as NodeJS.ErrnoException).code === 'EEXIST' && (await stat(path)).isDirectory()) return;
      throw again;
    });
  }
}
