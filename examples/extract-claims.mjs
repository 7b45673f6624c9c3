// Reuse case 2: parse one article and extract its cited claims as JSON.
// `npm install @dealbrief/core @dealbrief/parse @dealbrief/extract`
import { readFile } from 'node:fs/promises';
import { ProfileSchema, verifyCitation } from '@dealbrief/core';
import { extractClaims } from '@dealbrief/extract';
import { parseDocument } from '@dealbrief/parse';

const data = new URL('./data/', import.meta.url);
const profile = ProfileSchema.parse(JSON.parse(await readFile(new URL('profile.json', data), 'utf8')));
const bytes = await readFile(new URL('000_wire.txt', data));
const { document, problems } = parseDocument({ file: '000_wire.txt', bytes });
if (!document) throw new Error(problems.map((p) => p.message).join('\n'));

const claims = extractClaims(document, profile);
for (const claim of claims) {
  if (verifyCitation(document.text, claim.citation) !== null) throw new Error(`bad citation ${claim.id}`);
}
const rows = claims.map(({ id, display, citation }) => ({
  id,
  display,
  start: citation.start,
  exact: citation.exact,
}));
console.log(JSON.stringify(rows, null, 2));
