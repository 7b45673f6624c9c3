// extract (with normalize): Document → Claim[] for every parsed source (in-process, one core).
import { sourceIdFromFile } from '@dealbrief/core';
import { extractClaims } from '@dealbrief/extract';
import { parseDocument } from '@dealbrief/parse';
import { loadProfile } from 'dealbrief';
import { readArgs, readCorpus, report, timed } from './common.mjs';

const { dir } = readArgs();
const profile = await loadProfile();
const corpus = readCorpus(dir);
const bytes = corpus.reduce((sum, f) => sum + f.bytes.byteLength, 0);
const documents = corpus
  .map((f) => parseDocument({ file: f.file, bytes: f.bytes, source: sourceIdFromFile(f.file) }).document)
  .filter((d) => d !== null);
const { wallMs, value } = await timed(() =>
  documents.flatMap((d) => extractClaims(d, profile, { published: d.dateline?.date })),
);
report({ wallMs, bytes, rows: value.length });
