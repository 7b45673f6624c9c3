import { buildCitation, type Claim, type CodePointIndex, displayValue, type Value } from '@dealbrief/core';
import type { SentenceView } from './sentence-view.js';

/** A claim before it gets its id: value, evidence span (UTF-16, sentence-relative) and rule. */
export interface DraftClaim {
  field: string;
  value: Value;
  sentence: SentenceView;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

/** Adds a rule's drafts to `drafts` (a loop, not `push(...spread)`: most rules find none). */
export function appendDrafts(drafts: DraftClaim[], found: readonly DraftClaim[]): void {
  for (let i = 0; i < found.length; i++) drafts.push(found[i]!);
}

/** A draft with its citation span in code points of the document. */
interface PlacedDraft {
  draft: DraftClaim;
  start: number;
  end: number;
}

/** Text order: by start, then end, then field key. */
function compareTextOrder(a: PlacedDraft, b: PlacedDraft): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.draft.field < b.draft.field ? -1 : a.draft.field > b.draft.field ? 1 : 0)
  );
}

/**
 * Turns drafts into claims with ids `<source>-<field>-<n>` and code-point citations.
 *
 * Indexed loops into arrays built here and a module-level comparator, not `map`: an array `map` returns
 * changes its element kind once the caller is optimised, which deoptimised the `sort` that reads it.
 */
export function finishClaims(source: string, index: CodePointIndex, drafts: readonly DraftClaim[]): Claim[] {
  const placed: PlacedDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    placed.push({
      draft,
      start: index.toCodePoint(draft.sentence.utf16Start + draft.start),
      end: index.toCodePoint(draft.sentence.utf16Start + draft.end),
    });
  }
  placed.sort(compareTextOrder);
  const counters = new Map<string, number>();
  const claims: Claim[] = [];
  for (let i = 0; i < placed.length; i++) {
    const { draft: d, start, end } = placed[i]!;
    const n = (counters.get(d.field) ?? 0) + 1;
    counters.set(d.field, n);
    claims.push({
      id: `${source}-${d.field}-${n}`,
      field: d.field,
      value: d.value,
      display: displayValue(d.value),
      source,
      citation: buildCitation(index, start, end),
      rule: d.rule,
      confidence: d.confidence,
    });
  }
  return claims;
}
