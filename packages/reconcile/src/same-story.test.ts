import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberFacts } from './number-facts.js';
import { createStoryComparer } from './same-story.js';

/** The check written plainly: sets for the overlap, the textbook table for the longest common subsequence. */
function naiveVerdict(a: readonly string[], b: readonly string[]): string {
  const inB = new Set(b);
  const shared = a.filter((f) => inB.has(f));
  if (shared.length < 5 || shared.length / (a.length + b.length - shared.length) < 0.7) return 'unlike';
  const sharedSet = new Set(shared);
  const other = b.filter((f) => sharedSet.has(f));
  let previous = new Array<number>(other.length + 1).fill(0);
  for (const x of shared) {
    const row = [0];
    for (let j = 0; j < other.length; j++)
      row.push(x === other[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, row[j]!));
    previous = row;
  }
  return previous[other.length]! / shared.length >= 0.8 ? 'same' : 'reordered';
}

describe('createStoryComparer', () => {
  const sequence = fc
    .uniqueArray(fc.integer({ min: 0, max: 24 }), { minLength: 0, maxLength: 20 })
    .map((facts) => facts.map((f) => `field|text:${f}`));

  it('gives the verdict of the plain check for any two fact sequences', () => {
    fc.assert(
      fc.property(fc.array(sequence, { minLength: 2, maxLength: 6 }), (sequences) => {
        const { numbered, facts } = numberFacts(sequences);
        const compare = createStoryComparer(facts.length);
        for (let i = 0; i < sequences.length; i++)
          for (let j = 0; j < sequences.length; j++)
            expect(compare(numbered[i]!, numbered[j]!)).toBe(naiveVerdict(sequences[i]!, sequences[j]!));
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('tells a copy, a reordering and a different story apart', () => {
    const story = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    const { numbered, facts } = numberFacts([
      story,
      [...story],
      [...story].reverse(),
      ['a', 'b', 'x', 'y', 'z'],
    ]);
    const compare = createStoryComparer(facts.length);
    expect(compare(numbered[0]!, numbered[1]!)).toBe('same');
    expect(compare(numbered[0]!, numbered[2]!)).toBe('reordered');
    expect(compare(numbered[0]!, numbered[3]!)).toBe('unlike');
  });
});
