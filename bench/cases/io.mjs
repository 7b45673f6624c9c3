// Baseline: reading the corpus' files (I/O floor), synchronously as dealbrief reads its sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCorpus, readArgs, report, timed } from './common.mjs';

const { dir } = readArgs();
const { wallMs, value } = await timed(() => {
  let bytes = 0;
  for (const file of listCorpus(dir)) bytes += readFileSync(join(dir, file)).byteLength;
  return bytes;
});
report({ wallMs, bytes: value });
