import {
  codePointBefore,
  codePointSize,
  isLetterOrMarkCodePoint,
  isUppercaseCodePoint,
  isWhitespaceCode,
  overlapsAny,
} from './text-scan.js';

/**
 * A run of capitalised words ("President Lee Jae-myung"): its words' texts and UTF-16 ranges. A
 * capitalised word is what `\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*` matches in a left-to-right scan
 * ("Huang", "Kyung-hoon"; in "McLee" or "aB-Lee" "Lee" is no word of its own), and a run is such words
 * with nothing but whitespace between them.
 */
export interface CapitalisedRun {
  words: string[];
  starts: number[];
  ends: number[];
}

/** Where the word goes on to from `i`: letters and marks, and hyphens followed by one. */
function wordEnd(text: string, i: number): number {
  let end = i;
  for (;;) {
    let cp = text.codePointAt(end);
    while (cp !== undefined && isLetterOrMarkCodePoint(cp)) {
      end += codePointSize(cp);
      cp = text.codePointAt(end);
    }
    const next = cp === 0x2d /* - */ ? text.codePointAt(end + 1) : undefined;
    if (next === undefined || !isLetterOrMarkCodePoint(next)) return end;
    end += 1;
  }
}

/**
 * Where the characters a word may hold run back to from `end` (where a letter or mark stands):
 * letters, marks, and hyphens between two of them. No word of the scan runs across that start.
 */
function chainStart(text: string, end: number): number {
  let i = end;
  for (;;) {
    while (i > 0) {
      const cp = codePointBefore(text, i, 0);
      if (!isLetterOrMarkCodePoint(cp)) break;
      i -= codePointSize(cp);
    }
    if (i < 2 || text.charCodeAt(i - 1) !== 0x2d || !isLetterOrMarkCodePoint(codePointBefore(text, i - 1, 0)))
      return i;
    i -= 1;
  }
}

/** The first uppercase letter in text[from, to), or -1. */
function firstUppercase(text: string, from: number, to: number): number {
  for (let i = from; i < to; ) {
    const cp = text.codePointAt(i)!;
    if (isUppercaseCodePoint(cp)) return i;
    i += codePointSize(cp);
  }
  return -1;
}

/**
 * Where the word of the scan that ends at `end` (before whitespace) starts, or -1 when none ends
 * there. Such a word starts at the first capital of the characters a word may hold before `end`: the
 * scan starts a word there and the word takes all of them.
 */
function wordEndingAt(text: string, end: number): number {
  if (end === 0) return -1;
  const last = codePointBefore(text, end, 0);
  if (!isLetterOrMarkCodePoint(last)) return -1;
  return firstUppercase(text, chainStart(text, end - codePointSize(last)), end);
}

/** The run around the word text[start, end), found by reading outwards from it. */
function runAround(text: string, start: number, end: number): CapitalisedRun {
  const starts = [start];
  const ends = [end];
  for (;;) {
    const first = starts[0]!;
    let gap = first;
    while (gap > 0 && isWhitespaceCode(text.charCodeAt(gap - 1))) gap--;
    if (gap === first) break;
    const previous = wordEndingAt(text, gap);
    if (previous === -1) break;
    starts.unshift(previous);
    ends.unshift(gap);
  }
  for (;;) {
    const last = ends[ends.length - 1]!;
    let next = last;
    while (next < text.length && isWhitespaceCode(text.charCodeAt(next))) next++;
    const cp = text.codePointAt(next);
    if (next === last || cp === undefined || !isUppercaseCodePoint(cp)) break;
    starts.push(next);
    ends.push(wordEnd(text, next + codePointSize(cp)));
  }
  return { words: starts.map((s, i) => text.slice(s, ends[i])), starts, ends };
}

/**
 * The runs of capitalised words that hold one of `words` as a word of their own outside the `skipped`
 * spans, in text order. Found from each place a word is written, not by reading every capitalised
 * word of the text: it is a word of the scan when it starts with a capital no word before it runs on
 * into, and the word starting there ends where it does.
 */
export function findRunsHolding(
  text: string,
  words: Iterable<string>,
  skipped: readonly { start: number; end: number }[],
): CapitalisedRun[] {
  const runs = new Map<number, CapitalisedRun>();
  for (const word of words) {
    const first = word.codePointAt(0);
    if (first === undefined || !isUppercaseCodePoint(first)) continue;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (overlapsAny(at, at + word.length, skipped)) continue;
      if (wordEnd(text, at + codePointSize(first)) !== at + word.length) continue;
      if (firstUppercase(text, chainStart(text, at), at) !== -1) continue;
      const run = runAround(text, at, at + word.length);
      runs.set(run.starts[0]!, run);
    }
  }
  return [...runs.values()].sort((a, b) => a.starts[0]! - b.starts[0]!);
}
