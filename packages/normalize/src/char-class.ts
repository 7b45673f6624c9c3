/** Character classes shared by the number scanners. All positions are UTF-16 indices. */

/**
 * The code unit at `i`, or -1 before the start or past the end of `text`. The `...At` readers below
 * go through it: the scanners ask about `i - 1` at a text's start and `i` at its end all the time, and
 * `charCodeAt` there gives NaN, which costs the optimised callers a deopt ("out of bounds", then "not a
 * Smi") and a recompile. -1 is no character of any class, just as NaN was.
 */
function codeUnitAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** True for the ASCII digits 0-9. */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True when `text[i]` is an ASCII digit (false past the end). */
export function isDigitAt(text: string, i: number): boolean {
  return isDigitCode(codeUnitAt(text, i));
}

/** True for a Hangul syllable or jamo. */
export function isHangulCode(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3130 && code <= 0x318f)
  );
}

/** True when `text[i]` is a Hangul character. */
export function isHangulAt(text: string, i: number): boolean {
  return isHangulCode(codeUnitAt(text, i));
}

/** True for Latin letters, including accented ones (ä, ö, ü, ß, é ...). */
export function isLatinCode(code: number): boolean {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
}

/** True when `text[i]` is a Latin letter. */
export function isLatinAt(text: string, i: number): boolean {
  return isLatinCode(codeUnitAt(text, i));
}

/** True when `text[i]` is a Latin letter or an ASCII digit (a character of "B200" or "GPUs"). */
export function isLatinOrDigitAt(text: string, i: number): boolean {
  const c = codeUnitAt(text, i);
  return isLatinCode(c) || isDigitCode(c);
}

/** True when `text[i]` is an uppercase ASCII letter. */
export function isUpperAt(text: string, i: number): boolean {
  const c = codeUnitAt(text, i);
  return c >= 0x41 && c <= 0x5a;
}

/** True for a space inside a line: space, tab, no-break, narrow no-break, thin and figure spaces. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2009 ||
    code === 0x2007 ||
    code === 0x200a ||
    code === 0x3000
  );
}

/** True when `text[i]` is an in-line space. */
export function isSpaceAt(text: string, i: number): boolean {
  return isSpaceCode(codeUnitAt(text, i));
}

/** True for a hyphen: "-", U+2010 hyphen or U+2011 non-breaking hyphen. */
export function isHyphenCode(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** True when `text[i]` is a hyphen ({@link isHyphenCode}). */
export function isHyphenAt(text: string, i: number): boolean {
  return isHyphenCode(codeUnitAt(text, i));
}

/** True when `text[i]` is a letter of any script we read (Latin or Hangul). */
export function isWordAt(text: string, i: number): boolean {
  const c = codeUnitAt(text, i);
  return isLatinCode(c) || isHangulCode(c);
}

/** End of the run of characters from `i` that satisfy `test`. */
export function scanWhile(text: string, i: number, test: (text: string, i: number) => boolean): number {
  let j = i;
  while (j < text.length && test(text, j)) j++;
  return j;
}

/** End of at most `max` in-line spaces from `i`. */
export function skipSpaces(text: string, i: number, max = 3): number {
  let j = i;
  while (j < text.length && j - i < max && isSpaceAt(text, j)) j++;
  return j;
}

/** Start of the in-line spaces that end at `i` (at most `max` of them). */
export function skipSpacesBack(text: string, i: number, max = 3): number {
  let j = i;
  while (j > 0 && i - j < max && isSpaceAt(text, j - 1)) j--;
  return j;
}

/** End of the run of Latin letters from `i` (`i` itself when `text[i]` is none); no callback per letter. */
export function latinWordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLatinCode(text.charCodeAt(j))) j++;
  return j;
}

/** Start of the run of Latin letters that ends at `end` (`end` itself when `text[end - 1]` is none). */
export function latinWordStart(text: string, end: number): number {
  let j = end;
  while (j > 0 && isLatinCode(text.charCodeAt(j - 1))) j--;
  return j;
}

/** End of the run of Hangul characters from `i` (`i` itself when `text[i]` is none). */
export function hangulRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isHangulCode(text.charCodeAt(j))) j++;
  return j;
}

/**
 * End of the run of code units of class `cls` in a scanner's own class table `classes` that starts at
 * `i` (where `text[i]` is of that class): a word as the number and date scans see it.
 */
export function classRunEnd(text: string, i: number, classes: Uint8Array, cls: number): number {
  let end = i + 1;
  while (end < text.length && classes[text.charCodeAt(end)] === cls) end++;
  return end;
}

/** The Latin word starting at `i` as [end, lowercased word]; null when `text[i]` is no Latin letter. */
export function readLatinWord(text: string, i: number): { end: number; word: string } | null {
  const end = latinWordEnd(text, i);
  return end === i ? null : { end, word: text.slice(i, end).toLowerCase() };
}

/** The Latin word ending at `end` as [start, lowercased word]; null when `text[end - 1]` is no Latin letter. */
export function readLatinWordBack(text: string, end: number): { start: number; word: string } | null {
  const start = latinWordStart(text, end);
  return start === end ? null : { start, word: text.slice(start, end).toLowerCase() };
}

/** The classes {@link scriptClassTable} gives: anything else, a Latin letter, Hangul, an ASCII digit. */
export const OTHER_UNIT = 0;
export const LATIN_UNIT = 1;
export const HANGUL_UNIT = 2;
export const DIGIT_UNIT = 3;

/** The code units {@link isLatinCode} accepts, as [first, last] ranges. */
const LATIN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
];
/** The code units {@link isHangulCode} accepts, as [first, last] ranges. */
const HANGUL_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x11ff],
  [0x3130, 0x318f],
  [0xac00, 0xd7a3],
];

/**
 * A new table of the class of every UTF-16 code unit, for a scanner that decides by one look-up per
 * code unit: {@link LATIN_UNIT}, {@link HANGUL_UNIT}, {@link DIGIT_UNIT} or {@link OTHER_UNIT}. The
 * scanner may then mark a few code units with its own classes (numbered from 4). Filled by ranges
 * (the same as the predicates'; char-class.test.ts checks every code unit) rather than by asking the
 * predicates 65,536 times: that loop ran once, yet V8 optimised it mid-loop and threw the code away
 * again as later branches came up.
 */
export function scriptClassTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [first, last] of LATIN_RANGES) table.fill(LATIN_UNIT, first, last + 1);
  for (const [first, last] of HANGUL_RANGES) table.fill(HANGUL_UNIT, first, last + 1);
  table.fill(DIGIT_UNIT, 0x30, 0x3a);
  return table;
}
