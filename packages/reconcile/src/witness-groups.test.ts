import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCandidatePairs, forEachCandidatePair } from './candidate-pairs.js';
import { numberFacts } from './number-facts.js';
import {
  claimsOf,
  seededRandom,
  shuffled,
  syntheticDesk,
  syntheticSource,
} from './test-synthetic-sources.js';
import { findWitnessGroups } from './witness-groups.js';

const thresholds = { minJaccard: 0.7, minShared: 5 };

/** Every pair with Jaccard ≥ 0.7 and at least 5 shared facts, by brute force. */
function truePairs(sets: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) {
      const a = new Set(sets[i]);
      const b = new Set(sets[j]);
      const shared = [...a].filter((f) => b.has(f)).length;
      if (shared >= 5 && shared / (a.size + b.size - shared) >= 0.7) out.push(`${i},${j}`);
    }
  return out;
}
const keys = (pairs: [number, number][]) => new Set(pairs.map(([i, j]) => `${i},${j}`));

describe('findWitnessGroups at desk scale', () => {
  const n = 2000;
  const { sources, planted } = syntheticDesk(n, 50);
  const records = sources.map((s) => s.record);
  const claims = claimsOf(sources);

  it('groups 2,000 sources exactly into the 50 planted translation pairs', () => {
    expect(sources).toHaveLength(n);
    expect(planted).toHaveLength(50);
    const groups = findWitnessGroups(claims, records);
    expect(groups.map((g) => g.sources)).toEqual(planted);
    expect(groups[0]).toMatchObject({
      relation: 'translation',
      note: `${planted[0]![1]} is a German version of ${planted[0]![0]}`,
    });
  });

  it('runs the exact check on far fewer than n²/2 pairs', () => {
    const pairs = findCandidatePairs(
      sources.map((s) => s.facts),
      thresholds,
    );
    expect(pairs.length).toBeLessThan(20 * n);
    for (const [a, b] of planted)
      expect(keys(pairs).has(`${Number(a.slice(1))},${Number(b.slice(1))}`)).toBe(true);
  });

  it('gives the same groups for the sources in any order (each source’s claims kept in order)', () => {
    const random = seededRandom(11);
    const expected = findWitnessGroups(claims, records);
    for (let run = 0; run < 3; run++) {
      const reordered = shuffled(sources, random);
      expect(findWitnessGroups(claimsOf(reordered), shuffled(records, random))).toEqual(expected);
    }
  });
});

describe('facts nearly every source states', () => {
  // 1,000 sources share 8 facts (in their own orders) and add 4 of their own: pairwise Jaccard 0.5.
  // Two more state only the 8 shared facts, in one order: Jaccard 1, one story. Two sources collide
  // in a band only when all its minima are shared facts, so in most bands the pair sits in one bucket
  // with up to ~450 of the crowd: compared pair by pair that is ~380,000 candidates, and a cap that
  // skipped such buckets could lose the pair. Prefix filtering joins them instead.
  const random = seededRandom(3);
  const common = Array.from({ length: 8 }, (_, i) => `common-${i}`);
  const crowd = Array.from({ length: 1000 }, (_, i) =>
    syntheticSource(`c${String(i).padStart(4, '0')}`, [
      ...shuffled(common, random),
      ...[0, 1, 2, 3].map((k) => `own-${i}-${k}`),
    ]),
  );
  const pair = [syntheticSource('p0', common), syntheticSource('p1', common, 'de')];
  const all = [...crowd, ...pair];
  const sets = all.map((s) => s.facts);

  it('does not let the shared facts blow up the candidates, and still finds the pair', () => {
    const capped = findCandidatePairs(sets, thresholds);
    expect(capped.length).toBeLessThan(20 * all.length);
    expect(keys(capped).has('1000,1001')).toBe(true);
    expect(
      findWitnessGroups(
        claimsOf(all),
        all.map((s) => s.record),
      ).map((g) => g.id),
    ).toEqual(['p0+p1']);
  });

  it('compares oversized buckets pair by pair only when uncapped, which explodes', () => {
    const uncapped = findCandidatePairs(sets, { ...thresholds, bucketCap: Number.POSITIVE_INFINITY });
    expect(uncapped.length).toBeGreaterThan(100 * all.length);
  });
});

describe('findCandidatePairs', () => {
  const collection = fc.array(
    fc
      .uniqueArray(fc.integer({ min: 0, max: 14 }), { minLength: 3, maxLength: 12 })
      .map((set) => set.map((f) => `fact|text:${f}`)),
    { minLength: 2, maxLength: 40 },
  );

  it('loses no true pair to the bucket cap (prefix filtering is exact)', () => {
    fc.assert(
      fc.property(collection, (sets) => {
        const everyBucketJoined = keys(findCandidatePairs(sets, { ...thresholds, bucketCap: 1 }));
        const uncapped = keys(
          findCandidatePairs(sets, { ...thresholds, bucketCap: Number.POSITIVE_INFINITY }),
        );
        for (const pair of truePairs(sets))
          if (uncapped.has(pair)) expect(everyBucketJoined.has(pair)).toBe(true);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('finds every pair with Jaccard ≥ 0.7 (fixed seeds: this holds for good)', () => {
    fc.assert(
      fc.property(collection, (sets) => {
        const candidates = keys(findCandidatePairs(sets, thresholds));
        for (const pair of truePairs(sets)) expect(candidates.has(pair)).toBe(true);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('groups the same with `groupOf` as without: skipping joined pairs changes no component', () => {
    const jaccard = (a: readonly string[], b: readonly string[]): number => {
      const shared = a.filter((f) => b.includes(f)).length;
      return shared / (a.length + b.length - shared);
    };
    const components = (sets: readonly (readonly string[])[], skip: boolean): number[] => {
      const parent = sets.map((_, i) => i);
      const root = (i: number): number => (parent[i] === i ? i : root(parent[i]!));
      forEachCandidatePair(
        numberFacts(sets),
        { ...thresholds, bucketCap: 2, ...(skip ? { groupOf: root } : {}) },
        (a, b) => {
          if (jaccard(sets[a]!, sets[b]!) >= 0.7) parent[root(b)] = root(a);
        },
      );
      return [...sets.keys()].map((i) => Math.min(...[...sets.keys()].filter((j) => root(j) === root(i))));
    };
    fc.assert(
      fc.property(collection, (sets) => {
        expect(components(sets, true)).toEqual(components(sets, false));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('leaves out sets too small to share 5 facts', () => {
    const small = ['a', 'b', 'c', 'd'];
    expect(findCandidatePairs([small, small], thresholds)).toEqual([]);
    const five = [...small, 'e'];
    expect(findCandidatePairs([five, [...five].reverse()], thresholds)).toEqual([[0, 1]]);
  });
});

describe('a story copied many times', () => {
  const facts = Array.from({ length: 8 }, (_, k) => `fact|text:${k}`);
  const copies = (count: number) =>
    Array.from({ length: count }, (_, i) => syntheticSource(`s${String(i).padStart(2, '0')}`, facts));

  it('keeps every id of a group of up to four sources in its id', () => {
    const four = copies(4);
    const [group] = findWitnessGroups(
      claimsOf(four),
      four.map((s) => s.record),
    );
    expect(group?.id).toBe('s00+s01+s02+s03');
  });

  it('names a larger group by its first two sources and a count, and counts the relations past 12', () => {
    const fifteen = copies(15);
    const [group] = findWitnessGroups(
      claimsOf(fifteen),
      fifteen.map((s) => s.record),
    );
    expect(group?.sources).toHaveLength(15);
    expect(group?.id).toBe('s00+s01+… (15 sources)');
    expect(group?.note).toMatch(/^s01 repeats s00; s02 repeats s00;/);
    expect(group?.note).toContain('s12 repeats s00; and 2 more sources tell the same story');
    expect(group?.note).not.toContain('s13');
  });
});
