// Baseline: reading the corpus' files (I/O floor).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readArgs, report, timed } from './common.mjs';

const { dir } = readArgs();
const { wallMs, value } = await timed(async () => {
  let bytes = 0;
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) bytes += (await readFile(join(dir, file))).byteLength;
  return bytes;
});
report({ wallMs, bytes: value });
