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

/** Turns drafts into claims with ids `<source>-<field>-<n>` and code-point citations. */
export function finishClaims(source: string, index: CodePointIndex, drafts: DraftClaim[]): Claim[] {
  const counters = new Map<string, number>();
  const ordered = drafts
    .map((d) => ({
      d,
      start: index.toCodePoint(d.sentence.utf16Start + d.start),
      end: index.toCodePoint(d.sentence.utf16Start + d.end),
    }))
    .sort(
      (a, b) =>
        a.start - b.start || a.end - b.end || (a.d.field < b.d.field ? -1 : a.d.field > b.d.field ? 1 : 0),
    );
  return ordered.map(({ d, start, end }) => {
    const n = (counters.get(d.field) ?? 0) + 1;
    counters.set(d.field, n);
    return {
      id: `${source}-${d.field}-${n}`,
      field: d.field,
      value: d.value,
      display: displayValue(d.value),
      source,
      citation: buildCitation(index, start, end),
      rule: d.rule,
      confidence: d.confidence,
    };
  });
}
