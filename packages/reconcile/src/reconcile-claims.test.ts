import {
  type Claim,
  type Profile,
  ProfileSchema,
  type QuantityValue,
  type SourceRecord,
  type Value,
} from '@dealbrief/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcileClaims } from './reconcile-claims.js';

const profile: Profile = ProfileSchema.parse({
  id: 'test',
  title: 'Test deal',
  units: { GPU: { nouns: { en: ['GPUs?'] } } },
  fields: [
    {
      key: 'gpu_total',
      label: 'GPUs',
      type: 'quantity',
      cardinality: 'one',
      extractor: 'quantity',
      unit: 'GPU',
    },
    { key: 'date', label: 'Date', type: 'date', cardinality: 'one', extractor: 'date' },
    { key: 'vendor', label: 'Vendor', type: 'entity', cardinality: 'one', extractor: 'entity' },
    { key: 'partners', label: 'Partners', type: 'entity', cardinality: 'many', extractor: 'enumeration' },
    {
      key: 'allocations',
      label: 'Per recipient',
      type: 'allocation',
      cardinality: 'many',
      extractor: 'allocation',
      unit: 'GPU',
    },
  ],
  entities: [],
});

function source(
  id: string,
  kind: SourceRecord['kind'] = 'news',
  languages: SourceRecord['languages'] = ['en'],
): SourceRecord {
  return { id, file: `${id}.txt`, sha256: '0'.repeat(64), bytes: 1, languages, kind, status: 'ok' };
}

let n = 0;
function claim(src: string, field: string, value: Value, confidence = 0.9): Claim {
  n++;
  return {
    id: `${src}-${field}-${String(n).padStart(3, '0')}`,
    field,
    value,
    display: '',
    source: src,
    citation: { start: 0, end: 1, exact: 'x', prefix: '', suffix: '', line: 1, column: 1 },
    rule: 'test',
    confidence,
  };
}
const gpus = (amount: number, qualifier: QuantityValue['qualifier'] = 'exact'): QuantityValue => ({
  type: 'quantity',
  amount,
  unit: 'GPU',
  qualifier,
});
const org = (id: string): Value => ({ type: 'entity', id, name: id.toUpperCase(), kind: 'org' });
const field = (r: ReturnType<typeof reconcileClaims>, key: string) => r.fields.find((f) => f.field === key)!;
/** Source ids of claim ids (the test's claim ids start with their source's three-character id). */
const sourcesOf = (ids: string[]) => [...new Set(ids.map((id) => id.slice(0, 3)))].sort();

/** Facts a source and its translation share, enough to be told apart from an independent report. */
function story(src: string): Claim[] {
  return [
    claim(src, 'gpu_total', gpus(260000, 'up_to')),
    claim(src, 'vendor', org('nvidia')),
    claim(src, 'partners', org('samsung')),
    claim(src, 'partners', org('sk')),
    claim(src, 'partners', org('naver')),
    claim(src, 'date', { type: 'date', weekday: 'friday' }),
  ];
}

describe('compatibility', () => {
  it('counts "up to", "over" and the plain figure as support, and keeps their wording in the rationale', () => {
    const r = reconcileClaims({
      claims: [
        claim('a01', 'gpu_total', gpus(260000, 'up_to')),
        claim('b01', 'gpu_total', gpus(260000, 'more_than')),
        claim('c01', 'gpu_total', gpus(260000)),
      ],
      profile,
      sources: [source('a01'), source('b01'), source('c01')],
    });
    const total = field(r, 'gpu_total');
    expect(total.status).toBe('agreed');
    expect(total.display).toBe('260,000 GPUs');
    expect(total.rationale).toContain('a01 (news: up to)');
    expect(total.rationale).toContain('b01 (news: more than)');
  });

  it('takes a lower bound below the answer as consistent and a different exact figure as dissent', () => {
    const r = reconcileClaims({
      claims: [
        claim('a01', 'gpu_total', gpus(260000)),
        claim('b01', 'gpu_total', gpus(260000)),
        claim('c01', 'gpu_total', gpus(250000, 'more_than')),
        claim('c01', 'gpu_total', gpus(250000)),
      ],
      profile,
      sources: [source('a01'), source('b01'), source('c01', 'opinion')],
    });
    const total = field(r, 'gpu_total');
    expect(total.status).toBe('disputed');
    expect(total.consistent).toHaveLength(1);
    expect(total.dissent).toHaveLength(1);
    expect(total.rationale).toMatch(
      /c01 \(opinion\) says 250,000 GPUs; c01 says “more than 250,000 GPUs”, a lower bound that fits\.$/,
    );
  });

  it('lets "about" agree within ten percent', () => {
    const r = reconcileClaims({
      claims: [claim('a01', 'gpu_total', gpus(50000)), claim('b01', 'gpu_total', gpus(52000, 'about'))],
      profile,
      sources: [source('a01'), source('b01')],
    });
    expect(field(r, 'gpu_total').dissent).toEqual([]);
    expect(field(r, 'gpu_total').consistent).toHaveLength(1);
  });

  it('checks a weekday against the dated claims', () => {
    const dated = { type: 'date', date: '2025-10-31', precision: 'day' } as const;
    const ok = reconcileClaims({
      claims: [claim('a01', 'date', dated), claim('b01', 'date', { type: 'date', weekday: 'friday' })],
      profile,
      sources: [source('a01', 'government'), source('b01')],
    });
    expect(field(ok, 'date').display).toBe('2025-10-31');
    expect(field(ok, 'date').status).toBe('single-source');
    expect(field(ok, 'date').rationale).toContain('b01 says only Friday, and 2025-10-31 was a Friday');
    const wrong = reconcileClaims({
      claims: [claim('a01', 'date', dated), claim('b01', 'date', { type: 'date', weekday: 'monday' })],
      profile,
      sources: [source('a01', 'government'), source('b01')],
    });
    expect(field(wrong, 'date').status).toBe('disputed');
    expect(field(wrong, 'date').dissent).toHaveLength(1);
  });
});

describe('independence', () => {
  it('counts a translation as one witness and says so', () => {
    const r = reconcileClaims({
      claims: [...story('000'), ...story('001'), claim('002', 'vendor', org('nvidia'))],
      profile,
      sources: [source('000'), source('001', 'news', ['de']), source('002', 'government')],
    });
    expect(r.groups).toEqual([
      {
        id: '000+001',
        sources: ['000', '001'],
        relation: 'translation',
        note: '001 is a German version of 000',
      },
    ]);
    expect(field(r, 'gpu_total').status).toBe('single-source');
    expect(field(r, 'gpu_total').sources).toEqual(['000', '001']);
    expect(field(r, 'vendor').status).toBe('agreed');
    expect(field(r, 'vendor').rationale).toContain('000+001 (news, one story)');
  });

  it('does not group sources that merely agree on a few facts', () => {
    const r = reconcileClaims({
      claims: [...story('000').slice(0, 3), ...story('001').slice(0, 3)],
      profile,
      sources: [source('000'), source('001')],
    });
    expect(r.groups).toEqual([]);
  });
});

describe('statuses', () => {
  const r = reconcileClaims({
    claims: [
      claim('a01', 'gpu_total', gpus(260000)),
      claim('b01', 'gpu_total', gpus(250000)),
      claim('c01', 'gpu_total', gpus(200000)),
      claim('a01', 'partners', org('samsung')),
      claim('b01', 'partners', org('samsung')),
      claim('c01', 'partners', org('lg')),
      claim('a01', 'allocations', {
        type: 'allocation',
        recipient: { type: 'entity', id: 'samsung', name: 'Samsung', kind: 'org' },
        quantity: gpus(50000),
      }),
      claim('b01', 'allocations', {
        type: 'allocation',
        recipient: { type: 'entity', id: 'samsung', name: 'Samsung', kind: 'org' },
        quantity: gpus(40000),
      }),
    ],
    profile,
    sources: [source('a01', 'government'), source('b01'), source('c01', 'blog')],
  });

  it('shows every value of a three-way disagreement, the best-backed first', () => {
    const total = field(r, 'gpu_total');
    expect(total.status).toBe('disputed');
    expect(total.display).toBe('260,000 GPUs or 250,000 GPUs or 200,000 GPUs');
    expect(total.rationale).toMatch(/no majority/);
    expect(sourcesOf(total.dissent)).toEqual(['b01', 'c01']);
  });

  it('keeps list members with their own status', () => {
    const partners = field(r, 'partners');
    expect(partners.members.map((m) => [m.display, m.status])).toEqual([
      ['SAMSUNG', 'agreed'],
      ['LG', 'single-source'],
    ]);
    expect(partners.rationale).toContain('Named by one source only: LG');
  });

  it('judges allocations per recipient', () => {
    const allocations = field(r, 'allocations');
    expect(allocations.members).toHaveLength(1);
    expect(allocations.members[0]!.status).toBe('disputed');
    expect(allocations.status).toBe('disputed');
  });

  it('reports a field without claims as not-found', () => {
    expect(field(r, 'vendor')).toMatchObject({ status: 'not-found', value: null, confidence: 0 });
  });

  it('ignores claims of rejected sources', () => {
    const rejected = reconcileClaims({
      claims: [claim('a01', 'vendor', org('nvidia')), claim('b01', 'vendor', org('amd'))],
      profile,
      sources: [source('a01'), { ...source('b01'), status: 'rejected' }],
    });
    expect(field(rejected, 'vendor').status).toBe('single-source');
  });
});

describe('confidence', () => {
  it('grows with independent support, with the source prior, and shrinks with dissent', () => {
    const one = reconcileClaims({
      claims: [claim('a01', 'vendor', org('x'))],
      profile,
      sources: [source('a01')],
    });
    const two = reconcileClaims({
      claims: [claim('a01', 'vendor', org('x')), claim('b01', 'vendor', org('x'))],
      profile,
      sources: [source('a01'), source('b01')],
    });
    const official = reconcileClaims({
      claims: [claim('a01', 'vendor', org('x'))],
      profile,
      sources: [source('a01', 'government')],
    });
    const opposed = reconcileClaims({
      claims: [
        claim('a01', 'vendor', org('x')),
        claim('b01', 'vendor', org('x')),
        claim('c01', 'vendor', org('y')),
      ],
      profile,
      sources: [source('a01'), source('b01'), source('c01')],
    });
    const c = (r: ReturnType<typeof reconcileClaims>) => field(r, 'vendor').confidence;
    expect(c(one)).toBe(0.63); // news prior 0.7 × rule 0.9
    expect(c(two)).toBeGreaterThan(c(one));
    expect(c(official)).toBeGreaterThan(c(one));
    expect(c(opposed)).toBeLessThan(c(two));
  });
});

describe('determinism', () => {
  it('gives the same result byte for byte for the claims in any order', () => {
    const claims = [
      ...story('000'),
      ...story('001'),
      claim('002', 'gpu_total', gpus(250000)),
      claim('003', 'gpu_total', gpus(260000, 'more_than')),
    ];
    const sources = [source('000'), source('001', 'news', ['de']), source('002', 'opinion'), source('003')];
    const expected = JSON.stringify(reconcileClaims({ claims, profile, sources }));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length }),
        fc.shuffledSubarray(sources, { minLength: sources.length, maxLength: sources.length }),
        (shuffled, shuffledSources) => {
          expect(
            JSON.stringify(reconcileClaims({ claims: shuffled, profile, sources: shuffledSources })),
          ).toBe(expected);
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });
});

describe('many sources', () => {
  const ids = Array.from({ length: 40 }, (_, i) => `s${String(i).padStart(2, '0')}`);
  const sources = ids.map((id) => source(id));

  it('names at most 12 witnesses in a rationale and counts the rest', () => {
    const claims = [
      ...ids.slice(0, 30).map((id) => claim(id, 'gpu_total', gpus(260000))),
      ...ids.slice(30).map((id) => claim(id, 'gpu_total', gpus(250000))),
      ...ids.map((id) => claim(id, 'partners', org(`org-${id}`))),
    ];
    const r = reconcileClaims({ claims, profile, sources });
    const total = field(r, 'gpu_total');
    expect(total.rationale).toContain('30 independent sources: s00 (news), s01 (news)');
    expect(total.rationale).toContain(', and 18 more;');
    expect(total.rationale).toContain('s39 (news) says 250,000 GPUs');
    expect(total.support).toHaveLength(30);
    expect(total.rationale.length).toBeLessThan(1000);
    const partners = field(r, 'partners');
    expect(partners.members).toHaveLength(40);
  });

  it('counts the dissenting witnesses beyond 12 instead of naming them', () => {
    const claims = [
      ...ids.slice(0, 26).map((id) => claim(id, 'gpu_total', gpus(260000))),
      ...ids.slice(26).map((id, i) => claim(id, 'gpu_total', gpus(100000 + i))),
    ];
    const total = field(reconcileClaims({ claims, profile, sources }), 'gpu_total');
    expect(total.dissent).toHaveLength(14);
    expect(total.rationale).toContain('; and 2 more dissenting sources.');
  });
});
