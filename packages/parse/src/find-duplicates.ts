import type { Utf16Range } from './text-ranges.js';

/**
 * Whitespace inside a text that collapsing would change: any whitespace but a space (`[^\S ]`), or two
 * spaces in a row. Every whitespace character is one UTF-16 unit, so `\s` needs no `u` flag; without
 * it and without alternatives at the ends, the regex engine scans fastest. The ends are checked apart.
 */
const UNCOLLAPSED = /[^\S ]| {2}/;

/** True when collapsing whitespace runs to one space and trimming would change `text`. */
function needsCollapsing(text: string): boolean {
  return UNCOLLAPSED.test(text) || text.charCodeAt(0) === 0x20 || text.charCodeAt(text.length - 1) === 0x20;
}

/**
 * The key two paragraphs share when they repeat each other: whitespace collapsed, trimmed. Most
 * paragraphs are already in that form and are their own key, found by one regex test without a copy.
 */
export function normalizeParagraphKey(text: string): string {
  return needsCollapsing(text) ? text.replace(/\s+/gu, ' ').trim() : text;
}

/**
 * For each paragraph text, the index of the first earlier paragraph with the same key
 * ({@link normalizeParagraphKey}), or undefined when it is the first of its kind. Empty paragraphs never
 * count as repeats.
 *
 * Linear time. Keys of different lengths never match, so keys are grouped by length first: the first
 * key of a length is kept with its index without hashing it (most paragraphs of a document differ in
 * length), and only a length's second key is compared with it and starts a hash map for that length.
 */
export function findDuplicates(paragraphs: readonly string[]): (number | undefined)[] {
  /** Per key length: the only key that long and its paragraph's index, or the first index of each key. */
  const byLength = new Map<number, { key: string; index: number } | Map<string, number>>();
  return paragraphs.map((text, index) => {
    const key = normalizeParagraphKey(text);
    if (key === '') return undefined;
    const seen = byLength.get(key.length);
    if (seen === undefined) {
      byLength.set(key.length, { key, index });
      return undefined;
    }
    if (!(seen instanceof Map)) {
      if (seen.key === key) return seen.index;
      byLength.set(
        key.length,
        new Map([
          [seen.key, seen.index],
          [key, index],
        ]),
      );
      return undefined;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) return earlier;
    seen.set(key, index);
    return undefined;
  });
}

/** Any character but whitespace: a text without one has the empty key, which never repeats. */
const NOT_SPACE = /\S/u;

/**
 * {@link findDuplicates} of the paragraphs `text.slice(start, end)` of `ranges`, given a signature of
 * each that paragraphs with the same key always share (a number computed from what collapsing
 * whitespace does not change). A paragraph is compared with the first paragraph seen with its
 * signature, first as written; only once a signature holds two keys are its paragraphs looked up by
 * key (a map per signature), so the work stays linear however many paragraphs share a signature
 * (rows without letters all have the signature 0).
 */
export function findDuplicateRanges(
  text: string,
  ranges: readonly Utf16Range[],
  signatures: readonly number[],
): (number | undefined)[] {
  /** Per signature: its first paragraph, or the first paragraph of each key seen with it. */
  const firstOf = new Map<number, number | Map<string, number>>();
  const texts: string[] = [];
  const keys: string[] = [];
  const textAt = (k: number): string => (texts[k] ??= text.slice(ranges[k]!.start, ranges[k]!.end));
  const keyAt = (k: number): string => (keys[k] ??= normalizeParagraphKey(textAt(k)));
  const repeatOf = (first: number, index: number): number | undefined =>
    NOT_SPACE.test(textAt(index)) ? first : undefined;
  return ranges.map((_, index) => {
    const signature = signatures[index]!;
    const seen = firstOf.get(signature);
    if (seen === undefined) {
      firstOf.set(signature, index);
      return undefined;
    }
    if (typeof seen === 'number') {
      if (textAt(seen) === textAt(index) || keyAt(seen) === keyAt(index)) return repeatOf(seen, index);
      firstOf.set(
        signature,
        new Map([
          [keyAt(seen), seen],
          [keyAt(index), index],
        ]),
      );
      return undefined;
    }
    const first = seen.get(keyAt(index));
    if (first !== undefined) return repeatOf(first, index);
    seen.set(keyAt(index), index);
    return undefined;
  });
}
