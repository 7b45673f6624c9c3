import { type Claim, indexWitnessGroups, type SourceRecord } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { formatMarkers, numberCitations, pickCited, selectStrongest } from './number-citations.js';
import { TEST_BRIEFING } from './test-briefing.js';
import { buildLargeBriefing } from './test-large-briefing.js';

describe('numberCitations', () => {
  it('numbers claims by first use in the fields (support, dissent, consistent), then the unused ones', () => {
    const unused = { ...TEST_BRIEFING.claims[0]!, id: 'zzz-unused-1' };
    const citations = numberCitations({ ...TEST_BRIEFING, claims: [unused, ...TEST_BRIEFING.claims] });
    expect(citations.ordered.map((claim) => claim.id).slice(0, 9)).toEqual([
      '000-gpu_total-1',
      '001-gpu_total-1',
      '002-gpu_total-1',
      '002-gpu_total-2',
      '004-gpu_total-1',
      '005-gpu_total-1',
      '003-gpu_total-2',
      '003-gpu_total-1',
      '000-gpu_public_sector-1',
    ]);
    expect(citations.ordered.at(-1)?.id).toBe('zzz-unused-1');
    expect(citations.ordered).toHaveLength(TEST_BRIEFING.claims.length + 1);
  });

  it('formats sorted, distinct markers', () => {
    const citations = numberCitations(TEST_BRIEFING);
    expect(formatMarkers(['003-gpu_total-1', '000-gpu_total-1', '000-gpu_total-1'], citations)).toBe(
      '[1] [8]',
    );
    expect(formatMarkers([], citations)).toBe('');
  });

  it('throws PACK_INVALID for a field that cites a missing claim', () => {
    const [first, ...rest] = TEST_BRIEFING.fields;
    const broken = { ...TEST_BRIEFING, fields: [{ ...first!, support: ['nope-1'] }, ...rest] };
    expect(() => numberCitations(broken)).toThrow(expect.objectContaining({ code: 'PACK_INVALID' }));
  });
});

describe('selectStrongest', () => {
  const sources = new Map<string, SourceRecord>(TEST_BRIEFING.sources.map((source) => [source.id, source]));
  const groups = indexWitnessGroups(TEST_BRIEFING.groups ?? []);
  const claim = (id: string, source: string, confidence: number): Claim => ({
    ...TEST_BRIEFING.claims[0]!,
    id,
    source,
    confidence,
  });

  it('keeps every claim, in order, when there are at most `limit`', () => {
    const claims = [claim('b', '003', 0.1), claim('a', '002', 0.9)];
    expect(selectStrongest(claims, 2, sources, groups)).toEqual(claims);
  });

  it('keeps the strongest (confidence, then source weight, then id), one per witness first, in order', () => {
    const claims = [
      claim('c1', '003', 0.5), // opinion, weight 0.40
      claim('c2', '000', 0.9), // news 0.70, witness 000+001
      claim('c3', '001', 0.9), // news 0.70, same witness as 000
      claim('c4', '005', 0.9), // wire 0.80
      claim('c5', '002', 0.85), // government 0.95
      claim('c6', '005', 0.9), // wire 0.80, a second claim of 005
    ];
    const ids = (limit: number): string[] =>
      selectStrongest(claims, limit, sources, groups).map((picked) => picked.id);
    expect(ids(1)).toEqual(['c4']);
    expect(ids(3)).toEqual(['c2', 'c4', 'c5']);
    expect(ids(4)).toEqual(['c1', 'c2', 'c4', 'c5']);
    expect(ids(5)).toEqual(['c1', 'c2', 'c4', 'c5', 'c6']);
  });
});

describe('numberCitations: a large briefing', () => {
  const large = buildLargeBriefing(20);
  const citations = numberCitations(large);

  it('cites min(8, n) claims of every list of n claims, and numbers fewer claims than the briefing has', () => {
    expect(citations.ordered.length).toBeLessThan(large.claims.length);
    const lists = large.fields.flatMap((field) => [
      field.support,
      field.dissent,
      field.consistent,
      ...field.members.flatMap((member) => [member.support, member.dissent, member.consistent]),
    ]);
    for (const ids of lists) {
      const { shown, more } = pickCited(ids, citations);
      expect(shown.length).toBe(Math.min(8, new Set(ids).size));
      expect(shown.length + more).toBe(new Set(ids).size);
    }
  });

  it('counts what it leaves out in the markers', () => {
    const gpuTotal = large.fields.find((field) => field.field === 'gpu_total')!;
    expect(formatMarkers(gpuTotal.support, citations)).toMatch(/^(\[\d+\] ){8}\+112 more$/);
    expect(pickCited(gpuTotal.support, citations).more).toBe(112);
  });

  it('keeps the numbers of a small briefing: every claim, by first use', () => {
    const small = numberCitations(TEST_BRIEFING);
    expect(small.ordered).toHaveLength(TEST_BRIEFING.claims.length);
    expect(small.bySource.get('003')?.map((claim) => small.numbers.get(claim.id))).toEqual([7, 8]);
    expect(small.claimCounts.get('002')).toBe(9);
  });
});
