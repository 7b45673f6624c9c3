import { describe, expect, it } from 'vitest';
import { formatMarkers, numberCitations } from './number-citations.js';
import { testBriefing } from './test-briefing.js';

describe('numberCitations', () => {
  it('numbers claims by first use in the fields, then the unused ones in briefing order', () => {
    const unused = { ...testBriefing.claims[0]!, id: 'zzz-unused-1' };
    const citations = numberCitations({ ...testBriefing, claims: [unused, ...testBriefing.claims] });
    expect(citations.ordered.map((claim) => claim.id).slice(0, 6)).toEqual([
      '000-gpu_total-1',
      '001-gpu_total-1',
      '002-gpu_total-1',
      '004-gpu_total-1',
      '003-gpu_total-1',
      '000-gpu_public_sector-1',
    ]);
    expect(citations.ordered.at(-1)?.id).toBe('zzz-unused-1');
    expect(citations.ordered).toHaveLength(testBriefing.claims.length + 1);
  });

  it('formats sorted, distinct markers', () => {
    const citations = numberCitations(testBriefing);
    expect(formatMarkers(['003-gpu_total-1', '000-gpu_total-1', '000-gpu_total-1'], citations)).toBe(
      '[1] [5]',
    );
    expect(formatMarkers([], citations)).toBe('');
  });

  it('throws PACK_INVALID for a field that cites a missing claim', () => {
    const [first, ...rest] = testBriefing.fields;
    const broken = { ...testBriefing, fields: [{ ...first!, support: ['nope-1'] }, ...rest] };
    expect(() => numberCitations(broken)).toThrow(expect.objectContaining({ code: 'PACK_INVALID' }));
  });
});
