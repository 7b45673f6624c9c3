import { isSpaceUnit } from './char-classes.js';

/** A half-open `[start, end)` range of UTF-16 indices; used inside the package before code-point conversion. */
export interface Utf16Range {
  start: number;
  end: number;
}

/**
 * True when the UTF-16 unit at `i` is whitespace (including NBSP and line separators) or an invisible
 * zero-width or bidi control character (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069), so spans are
 * trimmed of them and "GPUs.\u200f Samsung" still ends a sentence; inside a word they stay.
 */
export function isSpaceAt(text: string, i: number): boolean {
  return isSpaceUnit(text.charCodeAt(i));
}

/** Narrows `[start, end)` so it neither starts nor ends with whitespace; empty when all blank. */
export function trimRange(text: string, start: number, end: number): Utf16Range {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  return { start: s, end: e };
}

/**
 * The lines of `text` as UTF-16 ranges without their line breaks. LF, CRLF and a lone CR all end a
 * line; a final line break does not start an extra empty line. Breaks are found with `indexOf`.
 */
export function splitLines(text: string): Utf16Range[] {
  const lines: Utf16Range[] = [];
  let start = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    const at = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    lines.push({ start, end: at });
    start = at === cr && lf === at + 1 ? at + 2 : at + 1; // CRLF is one break
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
  if (start < text.length) lines.push({ start, end: text.length });
  return lines;
}

/** True for UTF-16 units of wide characters: Hangul, CJK ideographs and kana, full-width forms. */
function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xff60)
  );
}

/**
 * Display width in columns: Hangul, CJK and other wide characters count 2, everything else 1. With a
 * `limit`, counting stops as soon as the width passes it: the result is exact up to `limit`, and only
 * known to be larger beyond.
 */
export function measureColumns(text: string, limit = Number.POSITIVE_INFINITY): number {
  let width = 0;
  for (let i = 0; i < text.length && width <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low half of a surrogate pair: counted with its high half
    width += isWide(c) ? 2 : 1;
  }
  return width;
}
