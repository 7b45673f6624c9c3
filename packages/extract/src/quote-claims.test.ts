import { type Claim, CodePointIndex, type Document, type Profile } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { finishClaims } from './claim-factory.js';
import { compileProfile } from './compile-profile.js';
import { extractQuoteClaims } from './quote-claims.js';
import { viewSentences } from './sentence-view.js';
import { loadGoldClaims, loadSeedDocuments, loadTestProfile, overlaps, quoteRanges } from './test-seeds.js';

function withQuotesField(profile: Profile): Profile {
  if (profile.fields.some((f) => f.extractor === 'quotes')) return profile;
  const quotes = {
    key: 'quotes',
    label: 'Quotes',
    type: 'quote',
    cardinality: 'many',
    extractor: 'quotes',
  } as const;
  return { ...profile, fields: [...profile.fields, quotes] };
}

const compiled = compileProfile(withQuotesField(loadTestProfile()));

function quotesOf(document: Document): Claim[] {
  const index = new CodePointIndex(document.text);
  return finishClaims(document.source, index, extractQuoteClaims(viewSentences(document, index), compiled));
}

describe('quotes on the seeds', () => {
  const documents = loadSeedDocuments();
  const gold = loadGoldClaims().filter((c) => c.field === 'quotes');
  const found = new Map(documents.map((d) => [d.source, quotesOf(d)]));

  it.each(gold.map((g) => [g.source, g.quote.slice(0, 40), g] as const))('%s finds “%s…”', (_s, _q, g) => {
    const document = documents.find((d) => d.source === g.source)!;
    const ranges = quoteRanges(document, g.quote);
    const match = (found.get(g.source) ?? []).filter((c) => overlaps(c, ranges));
    expect(match).toHaveLength(1);
    const value = match[0]!.value;
    expect(value.type === 'quote' && value.speaker.name).toBe(g.speaker);
  });

  it('finds no other quotes', () => {
    for (const document of documents) {
      const expected = gold.filter((g) => g.source === document.source);
      const claims = found.get(document.source) ?? [];
      const extra = claims.filter((c) => !expected.some((g) => overlaps(c, quoteRanges(document, g.quote))));
      expect(extra.map((c) => c.citation.exact)).toEqual([]);
    }
  });

  it('cites the quotation without its marks and carries the gazetteer role', () => {
    const claims = found.get(documents[2]!.source) ?? [];
    expect(claims[0]?.citation.exact).toBe(
      "This collaboration will mark a turning point in Korea's advancement as a true AI power",
    );
    expect(claims[0]?.value).toMatchObject({
      speaker: { id: 'lee-jae-myung', role: 'President of South Korea' },
    });
    expect(claims.map((c) => c.rule)).toEqual(['quote/said-after', 'quote/continued']);
  });
});
