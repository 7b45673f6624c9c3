import type { BriefingIndex } from './briefing-index.js';

/**
 * Formats a readable reference to the evidence of one claim: source id, 1-based line and column, and
 * the exact quoted words, e.g. `002 L19:51 “over 260,000 of Nvidia's latest GPUs”`. A claim id the
 * briefing does not contain is written as `<id> (claim not in briefing)`.
 */
export function formatClaimReference(claimId: string, index: BriefingIndex): string {
  const claim = index.claims.get(claimId)?.record;
  if (claim === undefined) return `${claimId} (claim not in briefing)`;
  const { line, column, exact } = claim.citation;
  return `${claim.source} L${line}:${column} “${exact}”`;
}

/** Formats references for several claims with {@link formatClaimReference}, joined with `" | "`. */
export function formatClaimReferences(claimIds: readonly string[], index: BriefingIndex): string {
  return claimIds.map((id) => formatClaimReference(id, index)).join(' | ');
}
