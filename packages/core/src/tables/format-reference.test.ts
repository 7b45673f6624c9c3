import { describe, expect, it } from 'vitest';
import { indexBriefing } from './briefing-index.js';
import { formatClaimReference, formatClaimReferences } from './format-reference.js';
import { TEST_BRIEFING } from './test-briefing.js';

const index = indexBriefing(TEST_BRIEFING);

describe('indexBriefing', () => {
  it('finds claims and sources by id with their position, the first record winning', () => {
    expect(index.claims.get('002-gpu_total-2')?.index).toBe(3);
    expect(index.sources.get('005')?.record.publisher).toBe('연합뉴스');
    const [first] = TEST_BRIEFING.claims;
    const repeated = indexBriefing({
      ...TEST_BRIEFING,
      claims: [...TEST_BRIEFING.claims, { ...first!, rule: 'x' }],
    });
    expect(repeated.claims.get(first!.id)).toEqual({ record: first, index: 0 });
  });
});

describe('formatClaimReference', () => {
  it('writes source id, line:column and the exact words', () => {
    expect(formatClaimReference('002-gpu_total-2', index)).toBe(
      "002 L19:51 “over 260,000 of Nvidia's latest GPUs”",
    );
    expect(formatClaimReference('005-gpu_total-1', index)).toBe('005 L3:24 “26만 장”');
  });

  it('marks a claim the briefing lacks', () => {
    expect(formatClaimReference('009-gpu_total-1', index)).toBe('009-gpu_total-1 (claim not in briefing)');
  });

  it('joins several references with " | " and writes nothing for none', () => {
    expect(formatClaimReferences(['003-gpu_total-1', '003-gpu_total-2'], index)).toBe(
      '003 L2:447 “more than a quarter‑million NVIDIA GPUs” | 003 L5:51 “receive 250,000 GPUs”',
    );
    expect(formatClaimReferences([], index)).toBe('');
  });
});
