import { describe, expect, it } from 'vitest';
import { formatMarkers, numberCitations } from './number-citations.js';
import { TEST_BRIEFING } from './test-briefing.js';

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
