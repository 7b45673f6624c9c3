import { type Claim, CodePointIndex, verifyCitation } from '@dealbrief/core';

/** One claim whose citation does not hold. */
export interface CitationMismatch {
  claim: string;
  source: string;
  /** `claim 002-gpu_total-1: exact "..." but the text at [a, b) is "..."`. */
  message: string;
}

/**
 * Checks the citation invariant: every claim's citation is the code-point slice of its source's text it
 * says it is (exact, prefix, suffix, line, column). `texts` maps source ids to decoded texts; a claim whose
 * source has no text is a mismatch too. Returns every mismatch, in claim order.
 */
export function checkCitations(
  claims: readonly Claim[],
  texts: ReadonlyMap<string, string>,
): CitationMismatch[] {
  const indexes = new Map<string, CodePointIndex>();
  const mismatches: CitationMismatch[] = [];
  for (const claim of claims) {
    const text = texts.get(claim.source);
    if (text === undefined) {
      mismatches.push({
        claim: claim.id,
        source: claim.source,
        message: `claim ${claim.id}: cites source ${claim.source}, which is not an accepted source`,
      });
      continue;
    }
    let index = indexes.get(claim.source);
    if (!index) {
      index = new CodePointIndex(text);
      indexes.set(claim.source, index);
    }
    const reason = verifyCitation(index, claim.citation);
    if (reason !== null) {
      mismatches.push({ claim: claim.id, source: claim.source, message: `claim ${claim.id}: ${reason}` });
    }
  }
  return mismatches;
}
