import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** Files up to this size are read whole into the zip; larger ones are streamed. */
export const WHOLE_FILE_LIMIT = 16 * 1024 * 1024;

/** The pack's zip name: `dealbrief-<as-of>-<run-id>.zip`. */
export function zipName(asOf: string, runId: string): string {
  return `dealbrief-${asOf}-${runId}.zip`;
}

/**
 * Zips the named files of a pack folder into `file`, byte-stable: entries in the given order, each
 * dated midnight of `asOf` as a DOS timestamp (yazl's UTC extra field is left out, so the bytes do not
 * depend on the machine's time zone), mode 0644, deflated. Files over {@link WHOLE_FILE_LIMIT} are
 * streamed in, so memory stays flat for any pack.
 */
export async function writeZip(
  dir: string,
  names: readonly string[],
  file: string,
  asOf: string,
): Promise<void> {
  const [year, month, day] = asOf.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day, 0, 0, 0);
  const zip = new ZipFile();
  const options = { mtime, mode: 0o100644, compress: true, forceDosTimestamp: true };
  for (const name of names) {
    const path = join(dir, name);
    const { size } = await stat(path);
    // Small files go in whole, as always; a large one (the briefing.json or claims.csv of a big corpus) is
    // streamed, so the zip never holds the pack in memory (its entry then ends with a data descriptor).
    if (size <= WHOLE_FILE_LIMIT) zip.addBuffer(await readFile(path), name, options);
    else zip.addReadStream(createReadStream(path), name, { ...options, size });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
}
