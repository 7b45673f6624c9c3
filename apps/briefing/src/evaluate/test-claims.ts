import type { Claim, Profile, Value } from '@dealbrief/core';
import type { GoldClaim } from './gold-schema.js';
import type { GoldTarget } from './match-claim.js';
import { buildGoldEntityResolver, type ResolveGoldEntity } from './resolve-gold-entity.js';

/** Test helper: a claim of `source`/`field` citing `[start, end)` (the citation text is not checked). */
export function makeClaim(
  id: string,
  field: string,
  value: Value,
  start: number,
  end: number,
  source = '000',
): Claim {
  return {
    id,
    field,
    value,
    display: id,
    source,
    citation: {
      start,
      end,
      exact: 'x'.repeat(end - start),
      prefix: '',
      suffix: '',
      line: 1,
      column: start + 1,
    },
    rule: 'test',
    confidence: 1,
  };
}

/** Test helper: a gold target of source "000" whose quote occurs at the given ranges. */
export function makeTarget(
  index: number,
  gold: Omit<GoldClaim, 'source' | 'quote'>,
  ...ranges: [number, number][]
): GoldTarget {
  return {
    index,
    gold: { source: '000_test.txt', quote: 'q', ...gold },
    source: '000',
    occurrences: ranges.map(([start, end]) => ({ start, end })),
  };
}

/** A tiny gazetteer for matcher tests. */
export const TEST_RESOLVE: ResolveGoldEntity = buildGoldEntityResolver({
  entities: [
    { id: 'nvidia', name: 'Nvidia', kind: 'org', aliases: ['Nvidia', 'NVIDIA', '엔비디아'], fields: [] },
    {
      id: 'lee-jae-myung',
      name: 'Lee Jae Myung',
      kind: 'person',
      aliases: ['Lee Jae Myung', 'Lee Jae-myung', '이재명'],
      fields: [],
    },
    { id: 'apec', name: 'APEC summit', kind: 'event', aliases: ['APEC'], fields: [] },
  ] satisfies Profile['entities'],
});
