/** Fact sequences over one shared numbering, and the text of each number. */
export interface NumberedFacts {
  /** Per sequence, its facts' numbers in order. */
  numbered: Int32Array[];
  /** The text of each fact number: `facts[n]`. */
  facts: string[];
}

/**
 * Numbers every fact sequence (facts distinct within a sequence) over one shared numbering, in order
 * of first appearance: the candidate search (MinHash, the prefix join) and the story check compare
 * numbers and index arrays by them, and hash each distinct fact's text once. This numbers sequences of
 * strings (`findCandidatePairs`, tests); `findWitnessGroups` numbers claims the same way without
 * building every fact's text first.
 */
export function numberFacts(sequences: readonly (readonly string[])[]): NumberedFacts {
  const numbers = new Map<string, number>();
  const facts: string[] = [];
  const numbered = sequences.map((sequence) =>
    Int32Array.from(sequence, (fact) => {
      let n = numbers.get(fact);
      if (n === undefined) {
        n = facts.length;
        numbers.set(fact, n);
        facts.push(fact);
      }
      return n;
    }),
  );
  return { numbered, facts };
}
