/** The key two paragraphs share when they repeat each other: whitespace collapsed, trimmed. */
export function normalizeParagraphKey(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
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
