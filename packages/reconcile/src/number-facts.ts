/** Fact sequences over one shared numbering, and the text of each number. */
export interface NumberedFacts {
  /** Per sequence, its facts' numbers in order. */
  numbered: Int32Array[];
  /** The text of each fact number: `facts[n]`. */
  facts: string[];
}

/**
 * Numbers every fact sequence (facts distinct within a sequence) over one shared numbering, in order
 * of first appearance. Every later step (MinHash, the prefix join, the story check) compares numbers
 * and indexes arrays by them, and each distinct fact's text is hashed once, where strings would be
 * hashed for every look-up.
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
