// Baseline: one plain regex pass over the decoded text (the floor of any scan).
import { readArgs, readCorpus, report, timed } from './common.mjs';

const { dir } = readArgs();
const decoder = new TextDecoder();
const texts = readCorpus(dir).map((f) => decoder.decode(f.bytes));
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
const pattern = /\d[\d,.]*|\p{Lu}\p{L}+/gu;
const { wallMs, value } = await timed(() => {
  let hits = 0;
  for (const text of texts) for (const _ of text.matchAll(pattern)) hits += 1;
  return hits;
});
report({ wallMs, bytes, hits: value });
