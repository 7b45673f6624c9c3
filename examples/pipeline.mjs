// Reuse case 4: the whole pipeline as a library, without the CLI: articles → briefing.json, CSV, XLSX, PDF.
// `npm install @dealbrief/core @dealbrief/parse @dealbrief/extract @dealbrief/reconcile
//   @dealbrief/export-csv @dealbrief/export-xlsx @dealbrief/export-pdf`
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { BriefingSchema, ProfileSchema, sha256Hex, verifyCitation } from '@dealbrief/core';
import { writeCsv } from '@dealbrief/export-csv';
import { writePdf } from '@dealbrief/export-pdf';
import { writeXlsx } from '@dealbrief/export-xlsx';
import { extractClaims } from '@dealbrief/extract';
import { parseDocument } from '@dealbrief/parse';
import { reconcileClaims } from '@dealbrief/reconcile';

const data = new URL('./data/', import.meta.url);
const profile = ProfileSchema.parse(JSON.parse(await readFile(new URL('profile.json', data), 'utf8')));
const kinds = { '000': 'wire', '001': 'news', '002': 'blog' };
const sources = [];
const claims = [];
const texts = new Map();
for (const file of (await readdir(data)).filter((name) => name.endsWith('.txt')).sort()) {
  const bytes = await readFile(new URL(file, data));
  const { document, problems } = parseDocument({ file, bytes });
  if (!document) throw new Error(problems.map((p) => p.message).join('\n'));
  texts.set(document.source, document.text);
  const { source: id, languages, encoding } = document;
  sources.push({
    id,
    file,
    sha256: sha256Hex(bytes),
    bytes: bytes.byteLength,
    languages,
    encoding,
    kind: kinds[id],
    status: 'ok',
  });
  claims.push(...extractClaims(document, profile, { published: '2025-10-31' }));
}
for (const claim of claims) {
  const problem = verifyCitation(texts.get(claim.source), claim.citation);
  if (problem) throw new Error(`${claim.id}: ${problem}`);
}
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

await mkdir('out/pack', { recursive: true });
await writeFile('out/pack/briefing.json', `${JSON.stringify(briefing, null, 2)}\n`);
const csvFiles = await writeCsv(briefing, 'out/pack');
await writeXlsx(briefing, 'out/pack/briefing.xlsx');
await writePdf(briefing, 'out/pack/briefing.pdf');
console.log(`${sources.length} sources, ${claims.length} claims, ${fields.length} fields`);
for (const field of fields)
  console.log(`${field.field}: ${field.display} (${field.status}, ${field.confidence})`);
for (const group of groups) console.log(group.note);
console.log(`wrote out/pack: briefing.json, ${csvFiles.join(', ')}, briefing.xlsx, briefing.pdf`);
