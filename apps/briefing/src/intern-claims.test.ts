import type { Claim } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { internClaims } from './intern-claims.js';

const claim = (id: string): Claim => ({
  id,
  field: 'gpu_total',
  value: { type: 'quantity', amount: 260000, unit: 'GPU', qualifier: 'exact' },
  display: '260,000 GPUs',
  source: '000',
  citation: {
    start: 0,
    end: 12,
    exact: '260,000 GPUs',
    prefix: '',
    suffix: ' for Korea',
    line: 1,
    column: 1,
  },
  rule: 'quantity/noun',
  confidence: 0.9,
});

describe('internClaims', () => {
  it('keeps every claim equal and shares one copy of each repeated string (also across calls)', () => {
    const a = structuredClone([claim('a')]);
    const b = structuredClone([claim('b')]);
    const table = new Map<string, string>();
    internClaims(a, table);
    internClaims(b, table);
    expect(a[0]).toEqual(claim('a'));
    expect(b[0]).toEqual(claim('b'));
    expect(table.get('quantity/noun')).toBe('quantity/noun');
    expect([...table.keys()]).toEqual(
      expect.arrayContaining(['gpu_total', '000', '260,000 GPUs', 'quantity', 'GPU', 'exact']),
    );
    expect(table.has(' for Korea')).toBe(false);
  });
});
