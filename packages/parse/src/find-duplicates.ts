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

/** `text` with each whitespace run collapsed to one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The key two paragraphs share when they repeat each other: whitespace collapsed, trimmed. Most
 * paragraphs are already in that form and are their own key, found by one regex test without a copy.
 * (`parseDocument` learns the same from its one scan of each paragraph: `ParagraphScan.uncollapsed`.)
 */
export function normalizeParagraphKey(text: string): string {
  return needsCollapsing(text) ? collapseWhitespace(text) : text;
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
  return findDuplicateKeys(paragraphs.map(normalizeParagraphKey));
}

/**
 * {@link findDuplicates} of paragraphs whose keys ({@link normalizeParagraphKey}) are given: for each
 * key, the index of the first earlier equal key, or undefined. Empty keys never count as repeats.
 */
export function findDuplicateKeys(keys: readonly string[]): (number | undefined)[] {
  /** Per key length: the only key that long and its paragraph's index, or the first index of each key. */
  const byLength = new Map<number, { key: string; index: number } | Map<string, number>>();
  return keys.map((key, index) => {
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
