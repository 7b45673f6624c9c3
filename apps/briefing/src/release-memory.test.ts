import { describe, expect, it } from 'vitest';
import { RELEASE_MEMORY_CLAIMS, releaseMemory } from './release-memory.js';

describe('releaseMemory', () => {
  it('collects garbage for a large run and does nothing for a small one', () => {
    expect(() => releaseMemory(RELEASE_MEMORY_CLAIMS)).not.toThrow();
    let garbage: number[][] | null = Array.from({ length: 200 }, () => new Array(10_000).fill(1));
    const before = process.memoryUsage().heapUsed;
    garbage = null;
    releaseMemory(RELEASE_MEMORY_CLAIMS + 1);
    expect(garbage).toBeNull();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 10_000_000);
  });
});
