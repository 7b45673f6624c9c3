import { describe, expect, it } from 'vitest';
import { estimateRowHeight } from './row-height.js';

describe('estimateRowHeight', () => {
  const columns = [
    { width: 10, wrap: false },
    { width: 20, wrap: true },
  ];
  it('leaves one-line rows alone', () => {
    expect(estimateRowHeight(['a very long text that does not wrap here', 'short'], columns)).toBeUndefined();
  });
  it('fits the longest wrapped cell, counting line breaks', () => {
    expect(estimateRowHeight(['x', 'a'.repeat(50)], columns)).toBe(45);
    expect(estimateRowHeight(['x', 'one\ntwo\nthree'], columns)).toBe(45);
  });
  it('caps very long cells', () => {
    expect(estimateRowHeight(['x', 'a'.repeat(5000)], columns)).toBe(180);
  });
});
