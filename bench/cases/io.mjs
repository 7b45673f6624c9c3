// Baseline: reading the corpus' files (I/O floor), synchronously as dealbrief reads its sources. The
// files are read once untimed first, so the timed read finds the page cache as every later case does:
// this case runs first at each size, and whether the corpus was still cached from an earlier run (a
// million-claim export in between can evict it) would otherwise decide its figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCorpus, readArgs, report, timed } from './common.mjs';

const { dir } = readArgs();
const readAll = () => {
  let bytes = 0;
  for (const file of listCorpus(dir)) bytes += readFileSync(join(dir, file)).byteLength;
  return bytes;
};
readAll();
const { wallMs, value } = await timed(readAll);
report({ wallMs, bytes: value });
