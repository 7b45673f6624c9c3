import { CodePointIndex } from '@dealbrief/core';
import { foldForMatching } from '@dealbrief/normalize';

/** A half-open code-point range `[start, end)` of a source text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Every occurrence of `quote` in `text`, as code-point ranges in text order (overlapping occurrences
 * included). Both sides are compared on normalize's folded view, so a no-break space or non-breaking
 * hyphen in the source still matches a plain one in the quote; the fold keeps UTF-16 indices, so the
 * ranges point into the original text. Pass a prebuilt {@link CodePointIndex} of `text` to share it.
 */
export function locateQuote(text: string | CodePointIndex, quote: string): TextRange[] {
  const index = typeof text === 'string' ? new CodePointIndex(text) : text;
  const haystack = foldForMatching(index.text);
  const needle = foldForMatching(quote);
  const ranges: TextRange[] = [];
  if (needle === '') return ranges;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    ranges.push({ start: index.toCodePoint(at), end: index.toCodePoint(at + needle.length) });
  }
  return ranges;
}

/** True when the half-open ranges share at least one code point. */
export function rangesOverlap(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/** How many code points the half-open ranges share (0 when they do not overlap). */
export function overlapLength(a: TextRange, b: TextRange): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
