import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Claim, type Document, type Profile, ProfileSchema, sourceIdFromFile } from '@dealbrief/core';
import { foldForMatching } from '@dealbrief/normalize';
import { parseDocument } from '@dealbrief/parse';

const root = new URL('../../../', import.meta.url);

/** The bundled deal profile (test helper). */
export function loadTestProfile(): Profile {
  const file = new URL('apps/briefing/profiles/korea-nvidia-2025.json', root);
  return ProfileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Every seed article parsed (test helper). */
export function loadSeedDocuments(): Document[] {
  const dir = fileURLToPath(new URL('seeds/', root));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const outcome = parseDocument({ file, bytes: readFileSync(`${dir}/${file}`) });
      if (!outcome.document)
        throw new Error(`seed ${file} did not parse: ${JSON.stringify(outcome.problems)}`);
      return outcome.document;
    });
}

/** One labelled claim of the gold file. */
export interface GoldClaim {
  source: string;
  field: string;
  value?: string | number;
  qualifier?: string;
  speaker?: string;
  quote: string;
}

/** The hand-labelled claims of the seeds, with source ids instead of file names (test helper). */
export function loadGoldClaims(): GoldClaim[] {
  const gold = JSON.parse(readFileSync(new URL('fixtures/seeds-gold.json', import.meta.url), 'utf8')) as {
    claims: GoldClaim[];
  };
  return gold.claims.map((c) => ({ ...c, source: sourceIdFromFile(c.source) }));
}

/**
 * Code-point ranges of every occurrence of a gold quote in a document, matched on the folded view
 * (no-break spaces as spaces, as DESIGN.md allows), which has the same offsets as the text.
 */
export function quoteRanges(document: Document, quote: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const text = foldForMatching(document.text);
  const needle = foldForMatching(quote);
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const start = Array.from(document.text.slice(0, at)).length;
    ranges.push({ start, end: start + Array.from(quote).length });
  }
  return ranges;
}

/** True when a claim's citation overlaps any of the ranges. */
export function overlaps(claim: Claim, ranges: readonly { start: number; end: number }[]): boolean {
  return ranges.some((r) => claim.citation.start < r.end && r.start < claim.citation.end);
}
