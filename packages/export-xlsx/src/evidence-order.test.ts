import { describe, expect, it } from 'vitest';
import { collectLinkedClaims, compareIds, orderEvidence } from './evidence-order.js';
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

  it('orders ids as splitting them into text and digit runs does', () => {
    // The rule as first written: split at digit runs, compare run by run.
    const reference = (a: string, b: string): number => {
      const text = (x: string, y: string) => (x === y ? 0 : x < y ? -1 : 1);
      const left = a.split(/(\d+)/);
      const right = b.split(/(\d+)/);
      for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const x = left[i]!;
        const y = right[i]!;
        if (x === y) continue;
        if (i % 2 === 1) {
          const xs = x.replace(/^0+(?=\d)/, '');
          const ys = y.replace(/^0+(?=\d)/, '');
          if (xs.length !== ys.length) return xs.length - ys.length;
          if (xs !== ys) return text(xs, ys);
        }
        return text(x, y);
      }
      return left.length - right.length || text(a, b);
    };
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = ['0', '00', '1', '2', '9', '10', '-', '_', 'a', 'B', 'é', '가', ' '];
    const ids = Array.from({ length: 400 }, () =>
      Array.from(
        { length: Math.floor(random() * 7) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join(''),
    );
    const disagreements: [string, string][] = [];
    for (const a of ids) {
      for (const b of ids) {
        if (Math.sign(compareIds(a, b)) !== Math.sign(reference(a, b))) disagreements.push([a, b]);
      }
    }
    expect(disagreements).toEqual([]);
    expect([...ids].sort(compareIds)).toEqual([...ids].sort(reference));
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

  it('gives the same order whatever order the claims come in', () => {
    const order = orderEvidence(TEST_BRIEFING);
    const reversed = orderEvidence({
      claims: [...TEST_BRIEFING.claims].reverse(),
      fields: TEST_BRIEFING.fields,
    });
    const ids = Array.from({ length: 30 }, (_, i) => `x-${(i * 7) % 30}`);
    const shuffled = orderEvidence({
      claims: ids.map((id) => ({ ...TEST_BRIEFING.claims[0]!, id, field: 'zzz' })),
      fields: [],
    });
    expect(reversed.claims.map((c) => c.id)).toEqual(order.claims.map((c) => c.id));
    expect(reversed.rows).toEqual(order.rows);
    expect(shuffled.claims.map((c) => c.id)).toEqual(Array.from({ length: 30 }, (_, i) => `x-${i}`));
  });

  it('keeps the rows of the linked claims only, when asked to', () => {
    const full = orderEvidence(TEST_BRIEFING);
    const linked = collectLinkedClaims(TEST_BRIEFING);
    const order = orderEvidence(TEST_BRIEFING, linked);
    expect(order.claims).toEqual(full.claims);
    expect(order.blocks).toEqual(full.blocks);
    expect([...order.rows]).toEqual([...full.rows].filter(([id]) => linked.has(id)));
    // Every id a field names is linked, and so is the quote claim.
    expect(linked).toContain('000-quotes-1');
    for (const field of TEST_BRIEFING.fields) for (const id of field.support) expect(linked).toContain(id);
  });

  it('keeps the first of repeated ids and does not change the briefing', () => {
    const claims = [...TEST_BRIEFING.claims];
    const copy = { ...claims[0]!, rule: 'copy' };
    const order = orderEvidence({ claims: [...claims, copy], fields: TEST_BRIEFING.fields });
    expect(order.claims[order.rows.get(copy.id)! - 2]).toBe(claims[0]);
    expect(claims).toEqual(TEST_BRIEFING.claims);
  });
});
