import type { Briefing, Claim } from '@dealbrief/core';

/** The Evidence sheet's claims in sheet order, and where each claim and each field's block starts. */
export interface EvidenceOrder {
  /** Claims grouped by field (in briefing field order, unknown fields last by name), then by id. */
  claims: readonly Claim[];
  /** Claim id → its Evidence row (1-based, the header is row 1); the first claim wins when ids repeat. */
  rows: ReadonlyMap<string, number>;
  /** Field key → the Evidence row of the first claim of its block. */
  blocks: ReadonlyMap<string, number>;
}

const DIGITS = /(\d+)/;

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Compares ids so that runs of digits count as numbers (`002-gpu_total-2` before `002-gpu_total-10`)
 * and everything else by UTF-16 code units: deterministic, independent of locale and ICU.
 */
export function compareIds(a: string, b: string): number {
  const left = a.split(DIGITS);
  const right = b.split(DIGITS);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    if (i % 2 === 1) {
      const xs = x.replace(/^0+(?=\d)/, '');
      const ys = y.replace(/^0+(?=\d)/, '');
      if (xs.length !== ys.length) return xs.length - ys.length;
      if (xs !== ys) return compareText(xs, ys);
    }
    return compareText(x, y);
  }
  return left.length - right.length || compareText(a, b);
}

/**
 * Orders the Evidence sheet so the rows of one field are contiguous: by field in the briefing's field
 * order (claims of fields the briefing lacks come last, by field key), then by claim id
 * ({@link compareIds}). The sort is stable, so the result depends only on the briefing.
 */
export function orderEvidence(briefing: Pick<Briefing, 'claims' | 'fields'>): EvidenceOrder {
  const rank = new Map<string, number>();
  for (const field of briefing.fields) if (!rank.has(field.field)) rank.set(field.field, rank.size);
  const known = (claim: Claim): number => rank.get(claim.field) ?? rank.size;
  const claims = [...briefing.claims].sort(
    (a, b) => known(a) - known(b) || compareText(a.field, b.field) || compareIds(a.id, b.id),
  );
  const rows = new Map<string, number>();
  const blocks = new Map<string, number>();
  claims.forEach((claim, i) => {
    if (!rows.has(claim.id)) rows.set(claim.id, i + 2);
    if (!blocks.has(claim.field)) blocks.set(claim.field, i + 2);
  });
  return { claims, rows, blocks };
}
