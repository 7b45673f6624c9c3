import { describe, expect, it } from 'vitest';
import { collectFieldClaimIds, indexBriefing, indexLinkedClaims } from './briefing-index.js';
import { TEST_BRIEFING } from './test-briefing.js';

describe('indexLinkedClaims', () => {
  it('answers the lookups of linked claims as indexBriefing does, and holds no others', () => {
    const stray = { ...TEST_BRIEFING.claims[0]!, id: 'zzz-unlinked-1' };
    const repeated = { ...TEST_BRIEFING.claims[1]!, rule: 'copy' };
    const briefing = { ...TEST_BRIEFING, claims: [...TEST_BRIEFING.claims, stray, repeated] };
    const linked = collectFieldClaimIds(briefing.fields);
    const full = indexBriefing(briefing);
    const index = indexLinkedClaims(briefing, linked);
    expect(index.sources).toEqual(full.sources);
    expect(index.groups).toEqual(full.groups);
    expect([...index.claims.keys()].sort()).toEqual([...linked].filter((id) => full.claims.has(id)).sort());
    for (const [id, entry] of index.claims) expect(entry).toEqual(full.claims.get(id));
    // The first of a repeated id wins, as in indexBriefing.
    expect(index.claims.get(repeated.id)?.record.rule).not.toBe('copy');
    expect(index.claims.has(stray.id)).toBe(false);
  });

  it('holds no claims when nothing is linked', () => {
    const index = indexLinkedClaims({ ...TEST_BRIEFING, fields: [] }, new Set());
    expect(index.claims.size).toBe(0);
    expect(index.sources.size).toBe(TEST_BRIEFING.sources.length);
  });
});
