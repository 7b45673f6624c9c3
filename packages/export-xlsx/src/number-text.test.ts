import { describe, expect, it } from 'vitest';
import { formatNumber } from './number-text.js';

describe('formatNumber', () => {
  it('writes every number as String does', () => {
    const numbers = [
      0,
      -0,
      1,
      -1,
      7,
      1048576,
      2 ** 31,
      2 ** 53 + 2,
      0.87,
      0.1 + 0.2,
      -1234.5,
      45966.5,
      1 / 3,
      5e-7,
      1e-7,
      123e-20,
      1e21,
      1.5e300,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      Number.EPSILON,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    expect(numbers.map(formatNumber)).toEqual(numbers.map(String));
  });
});
