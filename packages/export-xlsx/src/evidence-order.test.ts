import { describe, expect, it } from 'vitest';
import { compareIds, orderEvidence } from './evidence-order.js';
import { TEST_BRIEFING } from './test-briefing.js';

describe('compareIds', () => {
  it('compares digit runs as numbers and the rest by code unit', () => {
    const ids = [
      '002-gpu_total-10',
      '002-gpu_total-2',
      '001-b-1',
      '002-gpu_total-02',
      '01-a',
      '1-a',
      'B',
      'a',
    ];
    expect([...ids].sort(compareIds)).toEqual([
      '001-b-1',
      '01-a',
      '1-a',
      '002-gpu_total-02',
      '002-gpu_total-2',
      '002-gpu_total-10',
      'B',
      'a',
    ]);
    expect(compareIds('x-1', 'x-1')).toBe(0);
  });
});

describe('orderEvidence', () => {
  it('groups claims by field in briefing order, then id, with unknown fields last', () => {
    const [first, second] = TEST_BRIEFING.claims;
    const stray = { ...first!, id: '000-zzz-1', field: 'zzz' };
    const other = { ...second!, id: '000-aaa-1', field: 'aaa' };
    const order = orderEvidence({
      claims: [stray, ...TEST_BRIEFING.claims, other],
      fields: TEST_BRIEFING.fields,
    });
    const fields = order.claims.map((c) => c.field);
    expect(fields.slice(-2)).toEqual(['aaa', 'zzz']);
    expect(fields.indexOf('gpu_public_sector')).toBe(8);
    expect(order.rows.get('000-gpu_total-1')).toBe(2);
    expect(order.rows.get('000-aaa-1')).toBe(order.claims.length);
    expect(order.blocks.get('gpu_public_sector')).toBe(10);
    expect(order.blocks.get('gpu_delivery')).toBeUndefined();
  });

  it('keeps the first of repeated ids and does not change the briefing', () => {
    const claims = [...TEST_BRIEFING.claims];
    const copy = { ...claims[0]!, rule: 'copy' };
    const order = orderEvidence({ claims: [...claims, copy], fields: TEST_BRIEFING.fields });
    expect(order.claims[order.rows.get(copy.id)! - 2]).toBe(claims[0]);
    expect(claims).toEqual(TEST_BRIEFING.claims);
  });
});
