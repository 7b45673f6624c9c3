import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** The pack's zip name: `dealbrief-<as-of>-<run-id>.zip`. */
export function zipName(asOf: string, runId: string): string {
  return `dealbrief-${asOf}-${runId}.zip`;
}

/**
 * Zips the named files of a pack folder into `file`, byte-stable: entries in the given order, each
 * dated midnight of `asOf` as a DOS timestamp (yazl's UTC extra field is left out, so the bytes do not
 * depend on the machine's time zone), mode 0644, deflated.
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
  for (const name of names) {
    zip.addBuffer(await readFile(join(dir, name)), name, {
      mtime,
      mode: 0o100644,
      compress: true,
      forceDosTimestamp: true,
    });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
}
