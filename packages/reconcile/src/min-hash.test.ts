import { describe, expect, it } from 'vitest';
import {
  BANDS,
  bandKeys,
  estimateJaccard,
  hashFact,
  minHashSignature,
  SIGNATURE_LENGTH,
} from './min-hash.js';

const facts = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `fact|text:${from + i}`);

describe('minHashSignature', () => {
  it('is deterministic and ignores order and duplicates', () => {
    const set = facts(0, 20);
    const signature = minHashSignature(set);
    expect(signature).toHaveLength(SIGNATURE_LENGTH);
    expect(minHashSignature([...set].reverse())).toEqual(signature);
    expect(minHashSignature([...set, ...set])).toEqual(signature);
    expect(bandKeys(signature)).toHaveLength(BANDS);
    expect(bandKeys(minHashSignature([...set].reverse()))).toEqual(bandKeys(signature));
  });

  it('uses fixed seeds: the same fact always hashes to the same value', () => {
    expect(hashFact('vendor|entity:nvidia')).toBe(hashFact('vendor|entity:nvidia'));
    expect(hashFact('vendor|entity:nvidia')).not.toBe(hashFact('vendor|entity:amd'));
    // Pinned: a change of hash function or seeds changes which pairs become candidates, so it must show.
    expect(hashFact('vendor|entity:nvidia')).toBe(1399124890);
    const facts = ['vendor|entity:nvidia', 'date|date:2025-10-31', 'gpu_total|quantity:GPU:260000'];
    expect(bandKeys(minHashSignature(facts))[0]).toBe(786822965);
  });

  it('estimates the Jaccard similarity of synthetic sets within 0.07', () => {
    // Sets of 60 facts overlapping in k: Jaccard k / (120 − k).
    for (const shared of [0, 10, 30, 45, 53, 60]) {
      const a = facts(0, 60);
      const b = facts(60 - shared, 120 - shared);
      const exact = shared / (120 - shared);
      const estimate = estimateJaccard(minHashSignature(a), minHashSignature(b));
      expect(Math.abs(estimate - exact)).toBeLessThan(0.07);
    }
  });

  it('estimates small sets (a source states 5 to 20 facts) within tolerance too', () => {
    let error = 0;
    for (let i = 0; i < 50; i++) {
      const a = facts(i * 100, i * 100 + 10);
      const b = facts(i * 100 + 3, i * 100 + 13); // 7 shared of 13: Jaccard 0.538
      error += Math.abs(estimateJaccard(minHashSignature(a), minHashSignature(b)) - 7 / 13);
    }
    expect(error / 50).toBeLessThan(0.03);
  });
});
