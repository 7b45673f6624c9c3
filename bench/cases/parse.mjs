// parse: bytes → Document for every source (in-process, one core).
import { sourceIdFromFile } from '@dealbrief/core';
import { parseDocument } from '@dealbrief/parse';
import { readArgs, readCorpus, report, timed } from './common.mjs';

const { dir } = readArgs();
const corpus = readCorpus(dir);
const bytes = corpus.reduce((sum, f) => sum + f.bytes.byteLength, 0);
const { wallMs, value } = await timed(() =>
  corpus.map((f) => parseDocument({ file: f.file, bytes: f.bytes, source: sourceIdFromFile(f.file) })),
);
report({ wallMs, bytes, documents: value.filter((o) => o.document).length });
