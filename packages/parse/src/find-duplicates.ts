/**
 * Whitespace that collapsing and trimming would change: any whitespace but a space, two spaces in a row,
 * or a space at either end. A text without it is its own key.
 */
const UNCOLLAPSED = /[^\S ]| {2}|^ | $/u;

/**
 * The key two paragraphs share when they repeat each other: whitespace collapsed, trimmed. Most
 * paragraphs are already in that form and are their own key, found by one regex test without a copy.
 */
export function normalizeParagraphKey(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/gu, ' ').trim() : text;
}

/**
 * For each paragraph text, the index of the first earlier paragraph with the same key
 * ({@link normalizeParagraphKey}), or undefined when it is the first of its kind. Linear time: one hash
 * map lookup per paragraph. Empty paragraphs never count as repeats.
 */
export function findDuplicates(paragraphs: readonly string[]): (number | undefined)[] {
  const firstSeen = new Map<string, number>();
  return paragraphs.map((text, index) => {
    const key = normalizeParagraphKey(text);
    if (key === '') return undefined;
    const earlier = firstSeen.get(key);
    if (earlier !== undefined) return earlier;
    firstSeen.set(key, index);
    return undefined;
  });
}
