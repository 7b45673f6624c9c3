import { displayValue } from '../display.js';
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

/**
 * Formats a reference that also says what the claim states, value first:
 * `250,000 GPUs — 003 L5:51 “receive 250,000 GPUs”`. Used for dissenting and consistent claims, whose
 * values differ from the answer. An unknown claim id is written as in {@link formatClaimReference}.
 */
export function formatValuedClaimReference(claimId: string, index: BriefingIndex): string {
  const claim = index.claims.get(claimId)?.record;
  if (claim === undefined) return formatClaimReference(claimId, index);
  const value = claim.display === '' ? displayValue(claim.value) : claim.display;
  return `${value} — ${formatClaimReference(claimId, index)}`;
}

/** Formats several {@link formatValuedClaimReference} references, joined with `" | "`. */
export function formatValuedClaimReferences(claimIds: readonly string[], index: BriefingIndex): string {
  return claimIds.map((id) => formatValuedClaimReference(id, index)).join(' | ');
}
