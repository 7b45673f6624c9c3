import { type Claim, type Profile, ProfileSchema, type SourceRecord, type Value } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { reconcileClaims } from './reconcile-claims.js';

const profile: Profile = ProfileSchema.parse({
  id: 'test',
  title: 'Test deal',
  units: { GPU: { nouns: { en: ['GPUs?'] } } },
  fields: [
    {
      key: 'gpu_total',
      label: 'GPUs in the deal',
      type: 'quantity',
      cardinality: 'one',
      extractor: 'quantity',
      unit: 'GPU',
    },
    {
      key: 'gpu_private_sector',
      label: 'GPUs for companies',
      type: 'quantity',
      cardinality: 'one',
      extractor: 'quantity',
      unit: 'GPU',
    },
    {
      key: 'partner_companies',
      label: 'Partner companies',
      type: 'entity',
      cardinality: 'many',
      extractor: 'enumeration',
    },
  ],
  entities: [],
});

function source(id: string, kind: SourceRecord['kind'] = 'news'): SourceRecord {
  return { id, file: `${id}.txt`, sha256: '0'.repeat(64), bytes: 1, languages: ['en'], kind, status: 'ok' };
}
const sources = [
  source('000'),
  source('001'),
  source('002', 'government'),
  source('003', 'opinion'),
  source('004'),
];

let n = 0;
function claim(src: string, field: string, value: Value): Claim {
  n++;
  return {
    id: `${src}-${field}-${n}`,
    field,
    value,
    display: '',
    source: src,
    citation: { start: 0, end: 1, exact: 'x', prefix: '', suffix: '', line: 1, column: 1 },
    rule: 'test',
    confidence: 0.9,
  };
}
const gpus = (amount: number, qualifier: 'exact' | 'up_to' | 'more_than' = 'exact'): Value => ({
  type: 'quantity',
  amount,
  unit: 'GPU',
  qualifier,
});
const org = (id: string, name: string): Value => ({ type: 'entity', id, name, kind: 'org' });

const claims: Claim[] = [
  claim('000', 'gpu_total', gpus(260000, 'up_to')),
  claim('001', 'gpu_total', gpus(260000, 'up_to')),
  claim('002', 'gpu_total', gpus(260000)),
  claim('002', 'gpu_total', gpus(260000, 'more_than')),
  claim('003', 'gpu_total', gpus(250000)),
  claim('004', 'gpu_total', gpus(260000, 'more_than')),
  claim('002', 'gpu_private_sector', gpus(200000)),
  claim('000', 'partner_companies', org('samsung', 'Samsung Electronics')),
  claim('002', 'partner_companies', org('samsung', 'Samsung Electronics')),
  claim('004', 'partner_companies', org('lg', 'LG')),
];

describe('reconcileClaims', () => {
  const fields = reconcileClaims({ claims, profile, sources });
  const byKey = (key: string) => fields.find((f) => f.field === key)!;

  it('picks the value most sources state and keeps the dissent', () => {
    const total = byKey('gpu_total');
    expect(total.value).toEqual(gpus(260000));
    expect(total.status).toBe('disputed');
    expect(total.sources).toEqual(['000', '001', '002', '004']);
    expect(total.dissent).toHaveLength(1);
    expect(total.dissent[0]).toMatch(/^003-/);
    expect(total.rationale).toMatch(
      /^260,000 GPUs — 4 sources: 000 \(news: up to\), .*; 003 \(opinion\) says 250,000 GPUs\.$/,
    );
    expect(total.rationale).toContain('002 (government: exact, more than)');
  });

  it('marks a field stated by one source as single-source', () => {
    const privateSector = byKey('gpu_private_sector');
    expect(privateSector.status).toBe('single-source');
    expect(privateSector.display).toBe('200,000 GPUs');
  });

  it('keeps every list member with its own support and flags single-source ones', () => {
    const partners = byKey('partner_companies');
    expect(partners.members.map((m) => [m.display, m.status, m.sources])).toEqual([
      ['Samsung Electronics', 'agreed', ['000', '002']],
      ['LG', 'single-source', ['004']],
    ]);
    expect(partners.rationale).toContain('named by one source only: LG');
  });

  it('reports fields without claims as not-found', () => {
    const none = reconcileClaims({ claims: [], profile, sources });
    expect(none.map((f) => f.status)).toEqual(['not-found', 'not-found', 'not-found']);
  });

  it('gives the same fields for the claims in any order', () => {
    const reversed = reconcileClaims({ claims: [...claims].reverse(), profile, sources });
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(fields));
  });

  it('ignores claims of rejected sources', () => {
    const rejected = sources.map((s) => (s.id === '003' ? { ...s, status: 'rejected' as const } : s));
    const total = reconcileClaims({ claims, profile, sources: rejected }).find(
      (f) => f.field === 'gpu_total',
    )!;
    expect(total.status).toBe('agreed');
  });

  it('says when there is no majority', () => {
    const tie = reconcileClaims({
      claims: [claim('000', 'gpu_total', gpus(1)), claim('001', 'gpu_total', gpus(2))],
      profile,
      sources,
    }).find((f) => f.field === 'gpu_total')!;
    expect(tie.status).toBe('disputed');
    expect(tie.rationale).toMatch(/no majority\.$/);
  });
});
