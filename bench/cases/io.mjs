// Baseline: reading the corpus' files (I/O floor), synchronously as dealbrief reads its sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArgs, report, timed } from './common.mjs';

const { dir } = readArgs();
const { wallMs, value } = await timed(() => {
  let bytes = 0;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const file of files) bytes += readFileSync(join(dir, file)).byteLength;
  return bytes;
});
report({ wallMs, bytes: value });
