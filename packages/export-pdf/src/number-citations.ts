import type { Briefing, Claim } from '@dealbrief/core';
import { DealbriefError, ErrorCode } from '@dealbrief/core';

/** Claims numbered for the PDF: `[1]` is `ordered[0]`. */
export interface CitationNumbers {
  /** Every claim of the briefing, in citation-list order. */
  ordered: Claim[];
  /** Claim id → citation number (1-based). */
  numbers: ReadonlyMap<string, number>;
  /** Claim id → claim. */
  claims: ReadonlyMap<string, Claim>;
}

function listReferencedIds(briefing: Briefing): string[] {
  const ids: string[] = [];
  for (const field of briefing.fields) {
    ids.push(...field.support);
    for (const member of field.members) ids.push(...member.support, ...member.dissent, ...member.consistent);
    ids.push(...field.dissent, ...field.consistent);
  }
  return ids;
}

/**
 * Numbers the briefing's claims in the order the key facts first cite them (field support, members,
 * dissent, consistent claims), then the claims no field cites, in briefing order. Throws a `DealbriefError` with code
 * `PACK_INVALID` when a field cites a claim id the briefing does not hold: a dangling citation is an error.
 */
export function numberCitations(briefing: Briefing): CitationNumbers {
  const claims = new Map(briefing.claims.map((claim) => [claim.id, claim]));
  const numbers = new Map<string, number>();
  const ordered: Claim[] = [];
  const add = (id: string): void => {
    if (numbers.has(id)) return;
    const claim = claims.get(id);
    if (claim === undefined) {
      throw new DealbriefError(
        ErrorCode.PackInvalid,
        `a field cites claim "${id}", which the briefing lacks`,
      );
    }
    ordered.push(claim);
    numbers.set(id, ordered.length);
  };
  for (const id of listReferencedIds(briefing)) add(id);
  for (const claim of briefing.claims) add(claim.id);
  return { ordered, numbers, claims };
}

/** Citation markers for claim ids, e.g. `"[1] [2]"`; ids are assumed numbered. */
export function formatMarkers(ids: readonly string[], citations: CitationNumbers): string {
  const numbers = [...new Set(ids.map((id) => citations.numbers.get(id) ?? 0))].sort((a, b) => a - b);
  return numbers.map((n) => `[${n}]`).join(' ');
}
