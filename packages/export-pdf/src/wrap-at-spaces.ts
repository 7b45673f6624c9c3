import type { Doc } from './text-blocks.js';

/** Splits a word wider than `width` into pieces that fit, by code point (Hangul runs, long URLs). */
function splitWord(doc: Doc, word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && doc.widthOfString(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

/**
 * Wraps `text` (in the current font and size) into lines no wider than `width`, breaking only at spaces,
 * or inside a word that alone is wider than a line. pdfkit would also break after a hyphen
 * ("Samsung Electronics-" / "Vorsitzender"), which makes a quoted passage copy out with a space inside a
 * word; joined with "\n", the lines keep each hyphenated word whole.
 */
export function wrapAtSpaces(doc: Doc, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (doc.widthOfString(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      const pieces = doc.widthOfString(word) <= width ? [word] : splitWord(doc, word, width);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
    lines.push(line);
  }
  return lines;
}
