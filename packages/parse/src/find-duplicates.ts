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
 * count as repeats. Linear time: {@link findDuplicateRanges} over the texts joined, all with one
 * signature.
 */
export function findDuplicates(paragraphs: readonly string[]): (number | undefined)[] {
  const ranges: Utf16Range[] = [];
  const signatures: number[] = [];
  let at = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    ranges.push({ start: at, end: at + paragraphs[k]!.length });
    signatures.push(0);
    at += paragraphs[k]!.length + 1;
  }
  return findDuplicateRanges(paragraphs.join('\n'), ranges, signatures);
}

/** Any character but whitespace: a text without one has the empty key, which never repeats. */
const NOT_SPACE = /\S/u;

/**
 * The texts and keys of the paragraphs of {@link findDuplicateRanges}, each read once and only when
 * asked for (most paragraphs share their signature with none and are never read).
 */
class ParagraphTexts {
  private readonly texts: (string | undefined)[] = [];
  private readonly keys: (string | undefined)[] = [];

  constructor(
    private readonly text: string,
    private readonly ranges: readonly Utf16Range[],
  ) {
    // Filled with undefined up front, so the caches stay packed arrays however they are filled in.
    for (let k = 0; k < ranges.length; k++) {
      this.texts.push(undefined);
      this.keys.push(undefined);
    }
  }

  textAt(k: number): string {
    let text = this.texts[k];
    if (text === undefined) {
      text = this.text.slice(this.ranges[k]!.start, this.ranges[k]!.end);
      this.texts[k] = text;
    }
    return text;
  }

  keyAt(k: number): string {
    let key = this.keys[k];
    if (key === undefined) {
      key = normalizeParagraphKey(this.textAt(k));
      this.keys[k] = key;
    }
    return key;
  }

  /** `first` when paragraph `index`, which has `first`'s key, has a key that may repeat (not empty). */
  repeatOf(first: number, index: number): number | undefined {
    return NOT_SPACE.test(this.textAt(index)) ? first : undefined;
  }
}

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
  const texts = new ParagraphTexts(text, ranges);
  // An index loop pushing onto a literal, not `map`: see parse-document.ts.
  const duplicateOf: (number | undefined)[] = [];
  for (let index = 0; index < ranges.length; index++) {
    const signature = signatures[index]!;
    const seen = firstOf.get(signature);
    if (seen === undefined) {
      firstOf.set(signature, index);
      duplicateOf.push(undefined);
    } else if (typeof seen === 'number') {
      if (texts.textAt(seen) === texts.textAt(index) || texts.keyAt(seen) === texts.keyAt(index)) {
        duplicateOf.push(texts.repeatOf(seen, index));
      } else {
        firstOf.set(
          signature,
          new Map([
            [texts.keyAt(seen), seen],
            [texts.keyAt(index), index],
          ]),
        );
        duplicateOf.push(undefined);
      }
    } else {
      const first = seen.get(texts.keyAt(index));
      if (first === undefined) seen.set(texts.keyAt(index), index);
      duplicateOf.push(first === undefined ? undefined : texts.repeatOf(first, index));
    }
  }
  return duplicateOf;
}
