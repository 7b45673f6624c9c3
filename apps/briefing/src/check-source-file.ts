import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ErrorCode, type Problem } from '@dealbrief/core';
import { describeFsError } from './source-files.js';

/** Sources larger than this are rejected unread: a news article is a few KB, never megabytes. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** Whether a source entry may be read, and if not, why. */
export type SourceFileCheck =
  | { readable: true; path: string; size: number }
  | { readable: false; code: Problem['code']; reason: string };

/**
 * Decides, without reading a byte, whether the entry `name` of the sources folder may be read: a symbolic
 * link must stay inside the folder, a folder named `x.txt` or a device, socket or pipe is refused (a pipe
 * would block the run), and a file over {@link MAX_SOURCE_BYTES} is refused. `realDir` is the folder's
 * real path (`realpath(dir)`). The reasons read after the file name: `rejected <dir>/<name>: <reason>`.
 *
 * Synchronous, as the reads of sources are: a folder of sources is thousands of tiny calls, and awaiting
 * each one's round trip through the thread pool costs twenty times the CPU (10,000 sources checked and
 * read: 2.2 s against 0.1 s) while the run has nothing else to do.
 */
export function checkSourceFile(dir: string, realDir: string, name: string): SourceFileCheck {
  const path = join(dir, name);
  const refuse = (reason: string): SourceFileCheck => ({
    readable: false,
    code: ErrorCode.SourceUnreadable,
    reason,
  });
  try {
    const link = lstatSync(path);
    if (link.isSymbolicLink()) {
      const target = realpathSync(path);
      const inside = relative(realDir, target);
      if (inside === '..' || inside.startsWith(`..${sep}`) || inside === target) {
        return refuse(`is a symbolic link to ${target}, outside the sources folder; it was not read`);
      }
    }
    const info = statSync(path);
    if (info.isDirectory()) return refuse('is a folder, not a file; it was not read');
    if (!info.isFile()) return refuse('is not a regular file (a device, socket or pipe); it was not read');
    if (info.size > MAX_SOURCE_BYTES) {
      return refuse(
        `is too large (${formatMegabytes(info.size)}; a source may have at most ${formatMegabytes(MAX_SOURCE_BYTES)}); it was not read`,
      );
    }
    return { readable: true, path, size: info.size };
  } catch (error) {
    return refuse(`cannot read it (${describeFsError(error)})`);
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A source's bytes, or why it must not or cannot be read (the reason reads as checkSourceFile's do). */
export type SourceFileRead =
  | { readable: true; bytes: Uint8Array }
  | Extract<SourceFileCheck, { readable: false }>;

/** Checks the entry `name` as {@link checkSourceFile} does and reads it when it may be read (synchronously). */
export function readSourceFile(dir: string, realDir: string, name: string): SourceFileRead {
  const check = checkSourceFile(dir, realDir, name);
  if (!check.readable) return check;
  try {
    return { readable: true, bytes: new Uint8Array(readFileSync(check.path)) };
  } catch (error) {
    return {
      readable: false,
      code: ErrorCode.SourceUnreadable,
      reason: `cannot read it (${describeFsError(error)})`,
    };
  }
}
