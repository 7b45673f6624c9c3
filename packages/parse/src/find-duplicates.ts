import { isWhitespaceUnit } from './char-classes.js';

/**
 * True when collapsing whitespace runs to one space and trimming would leave `text` as it is: its only
 * whitespace (`\s`) is single spaces between other characters.
 */
function isCollapsed(text: string): boolean {
  let afterSpace = true; // whitespace at the very start would be trimmed
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (!isWhitespaceUnit(unit)) afterSpace = false;
    else if (unit !== 0x20 || afterSpace) return false;
    else afterSpace = true;
  }
  return !afterSpace || text.length === 0;
}

/**
 * The key two paragraphs share when they repeat each other: whitespace collapsed, trimmed. Most
 * paragraphs are already in that form and are their own key, found by one scan without a regex.
 */
export function normalizeParagraphKey(text: string): string {
  return isCollapsed(text) ? text : text.replace(/\s+/gu, ' ').trim();
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
