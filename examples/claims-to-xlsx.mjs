// Reuse case 3: claims from your own extractor → reconciled fields → a cited XLSX workbook.
// `npm install @dealbrief/core @dealbrief/reconcile @dealbrief/export-xlsx`
import { mkdir, readFile } from 'node:fs/promises';
import { BriefingSchema, buildCitation, CodePointIndex, ProfileSchema, sha256Hex } from '@dealbrief/core';
import { SHEET_NAMES, writeXlsx } from '@dealbrief/export-xlsx';
import { reconcileClaims } from '@dealbrief/reconcile';

const profile = ProfileSchema.parse(
  JSON.parse(await readFile(new URL('./data/profile.json', import.meta.url), 'utf8')),
);
const texts = {
  a: 'Nvidia will supply up to 260,000 GPUs to Korea.',
  b: 'Officials said 260,000 GPUs are coming.',
  c: 'A blog counts 250,000 GPUs.',
};
const sources = Object.entries(texts).map(([id, text]) => ({
  id,
  file: `${id}.txt`,
  sha256: sha256Hex(text),
  bytes: Buffer.byteLength(text),
  languages: ['en'],
  kind: id === 'c' ? 'blog' : 'news',
  status: 'ok',
}));
// One claim per source: the figure each states, cited by its code-point offsets.
const claims = Object.entries(texts).map(([id, text]) => {
  const [words, qualifier, figure] = text.match(/(?:(up to) )?([\d,]+) GPUs/);
  const index = new CodePointIndex(text);
  const start = index.toCodePoint(text.indexOf(words));
  const amount = Number(figure.replaceAll(',', ''));
  return {
    id: `${id}-gpu_total-1`,
    field: 'gpu_total',
    source: id,
    rule: 'my-extractor',
    confidence: 0.9,
    value: { type: 'quantity', amount, unit: 'GPU', qualifier: qualifier ? 'up_to' : 'exact' },
    display: `${qualifier ? 'up to ' : ''}${figure} GPUs`,
    citation: buildCitation(index, start, start + [...words].length),
  };
});
const { fields, groups } = reconcileClaims({ claims, profile, sources });
const briefing = BriefingSchema.parse({
  schemaVersion: 1,
  profile: profile.id,
  title: profile.title,
  asOf: '2025-11-03',
  sources,
  claims,
  fields,
  groups,
});
await mkdir('out', { recursive: true });
await writeXlsx(briefing, 'out/own-claims.xlsx');
const total = fields.find((f) => f.field === 'gpu_total');
console.log(`gpu_total: ${total.display} (${total.status}, confidence ${total.confidence})`);
console.log(total.rationale);
const zip = await readFile('out/own-claims.xlsx');
console.log(
  `wrote out/own-claims.xlsx: ${zip.subarray(0, 2).toString()} zip, sheets ${Object.values(SHEET_NAMES).join(', ')}`,
);
