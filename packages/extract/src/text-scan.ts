/**
 * Character tests and short scans the quote and people rules run at every name and quotation mark,
 * written as code-unit loops instead of a regular expression on a fresh one-character string or slice.
 * Each one answers exactly what the regular expression it replaces (named in its comment) answers.
 */

/** True when the UTF-16 code unit is whitespace in the sense of `/\s/u` (and of `String#trim`). */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * A Unicode property of code points (`/^\p{…}$/u`), decided once per BMP code point on first use and
 * then read from a table: 0 unknown, 1 has it, 2 has it not. Lone surrogates never have it.
 */
class CodePointClass {
  private readonly known = new Uint8Array(0x10000);
  constructor(private readonly pattern: RegExp) {}

  has(cp: number): boolean {
    if (cp > 0xffff) return this.pattern.test(String.fromCodePoint(cp));
    let known = this.known[cp]!;
    if (known === 0) {
      known = this.pattern.test(String.fromCharCode(cp)) ? 1 : 2;
      this.known[cp] = known;
    }
    return known === 1;
  }
}

const LETTERS = new CodePointClass(/^\p{L}$/u);
const UPPERCASE = new CodePointClass(/^\p{Lu}$/u);
const LETTERS_OR_NUMBERS = new CodePointClass(/^[\p{L}\p{N}]$/u);
const LETTERS_OR_MARKS = new CodePointClass(/^[\p{L}\p{M}]$/u);
const LOWERCASE = new CodePointClass(/^\p{Ll}$/u);

/** True when the code point is a letter (`/\p{L}/u`); lone surrogates are not. */
export function isLetterCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return LETTERS.has(cp);
}

/** True when the code point is a letter or a number (`/[\p{L}\p{N}]/u`). */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80)
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return LETTERS_OR_NUMBERS.has(cp);
}

/** True when the code point is an uppercase letter (`/\p{Lu}/u`). */
export function isUppercaseCodePoint(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return UPPERCASE.has(cp);
}

/** True when the code point is a lowercase letter (`/\p{Ll}/u`). */
export function isLowercaseCodePoint(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return LOWERCASE.has(cp);
}

/** True when the code point is a letter or a combining mark (`/[\p{L}\p{M}]/u`). */
export function isLetterOrMarkCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return LETTERS_OR_MARKS.has(cp);
}

/** The UTF-16 length of a code point: 2 beyond the BMP, else 1. */
export function codePointSize(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** True when the half-open range [start, end) overlaps one of the half-open `spans` (from index `from` on). */
export function overlapsAny(
  start: number,
  end: number,
  spans: readonly { start: number; end: number }[],
  from = 0,
): boolean {
  for (let i = from; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.start < end && start < s.end) return true;
  }
  return false;
}

/** True when the text's code point at `at` is an uppercase letter (`/^\p{Lu}/u` on the rest). */
export function isUppercaseAt(text: string, at: number): boolean {
  const cp = text.codePointAt(at);
  return cp !== undefined && isUppercaseCodePoint(cp);
}

/** The code point ending at `end` (exclusive), a surrogate pair only when it starts at or after `floor`. */
export function codePointBefore(text: string, end: number, floor: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end - 2 >= floor) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
  }
  return low;
}

/**
 * Where the run of letters (with `hyphens`, letters and "-") that ends at `end` starts, not before
 * `floor`: `end` itself when the code point before it is neither.
 */
export function startOfLettersBefore(text: string, end: number, floor: number, hyphens: boolean): number {
  let i = end;
  while (i > floor) {
    const cp = codePointBefore(text, i, floor);
    if (!(isLetterCodePoint(cp) || (hyphens && cp === 0x2d))) break;
    i -= codePointSize(cp);
  }
  return i;
}

/**
 * The last run of letters among the 40 UTF-16 units before `at`, or undefined when they hold none:
 * what `/([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1]` gives, without the
 * slice and the scan from its start.
 */
export function lastWordBefore(text: string, at: number): string | undefined {
  const floor = Math.max(0, at - 40);
  let i = at;
  while (i > floor) {
    const cp = codePointBefore(text, i, floor);
    if (isLetterCodePoint(cp)) break;
    i -= codePointSize(cp);
  }
  const start = startOfLettersBefore(text, i, floor, false);
  return i > start ? text.slice(start, i) : undefined;
}
