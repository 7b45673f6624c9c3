import { buildCitation, type Claim, CodePointIndex } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { checkCitations } from './check-citations.js';

const TEXT = '😀 이재명 대통령이 31일\nNvidia will supply up to 260,000 GPUs.';

function claimAt(id: string, start: number, end: number): Claim {
  return {
    id,
    field: 'gpu_total',
    value: { type: 'text', text: 'x' },
    display: 'x',
    source: '002',
    citation: buildCitation(new CodePointIndex(TEXT), start, end),
    rule: 'test',
    confidence: 1,
  };
}

describe('checkCitations', () => {
  it('accepts citations that are the code-point slice they claim', () => {
    const claims = [claimAt('002-a-1', 2, 5), claimAt('002-gpu_total-1', 34, 52)];
    expect(claims[0]?.citation.exact).toBe('이재명');
    expect(claims[1]?.citation.exact).toBe('up to 260,000 GPUs');
    expect(checkCitations(claims, new Map([['002', TEXT]]))).toEqual([]);
  });

  it('reports every mismatch with the text actually at the offsets', () => {
    const good = claimAt('002-a-1', 2, 5);
    const shifted = { ...good, id: '002-a-2', citation: { ...good.citation, start: 3, end: 6 } };
    const other = { ...good, id: '009-a-1', source: '009' };
    const result = checkCitations([good, shifted, other], new Map([['002', TEXT]]));
    expect(result.map((m) => m.message)).toEqual([
      'claim 002-a-2: exact "이재명" but the text at [3, 6) is "재명 "',
      'claim 009-a-1: cites source 009, which is not an accepted source',
    ]);
  });
});
