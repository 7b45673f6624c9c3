import { isLatinAt, isSpaceAt, isSpaceCode } from './char-class.js';
import { lowerCodeUnit } from './lower-code-unit.js';

const SPACE = 0x20;

/**
 * End of `phrase` matched at `i` (case-insensitive; a space in the phrase matches one in-line space of any
 * kind, NBSP included), or -1. A phrase ending in a Latin letter must not run on into a longer word.
 */
export function matchPhraseAt(text: string, i: number, phrase: string): number {
  if (i < 0 || i + phrase.length > text.length) return -1;
  for (let k = 0; k < phrase.length; k++) {
    const want = phrase.charCodeAt(k);
    if (want === SPACE ? !isSpaceAt(text, i + k) : !isCodeOrLower(text.charCodeAt(i + k), want)) return -1;
  }
  const end = i + phrase.length;
  return isLatinAt(text, end - 1) && isLatinAt(text, end) ? -1 : end;
}

/** `got === want || got.toLowerCase() === want` for the one-character strings of the two codes. */
function isCodeOrLower(got: number, want: number): boolean {
  if (got === want) return true;
  const lower = lowerCodeUnit(got);
  // -1: "İ", "Σ" or a surrogate, whose lower case alone is asked of the string itself.
  return lower >= 0 ? lower === want : String.fromCharCode(got).toLowerCase() === String.fromCharCode(want);
}

/**
 * The code units at index `at` of `phrases` (0: the first, -1: the last) for {@link mayHavePhraseCodeAt}:
 * {@link matchPhraseAt} compares every character of a phrase, so none of them can match where the text
 * has none of these codes at that place.
 */
export function phraseCodes(phrases: readonly string[], at: 0 | -1): ReadonlySet<number> {
  return new Set(phrases.map((phrase) => phrase.charCodeAt(at < 0 ? phrase.length - 1 : 0)));
}

/**
 * False only when `text[i]` can be the character of no phrase of {@link phraseCodes} `codes`: outside
 * the text, or a character that neither is nor lower-cases to one of them (nor is an in-line space
 * when a phrase has a space there).
 */
export function mayHavePhraseCodeAt(text: string, i: number, codes: ReadonlySet<number>): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (codes.has(code) || (codes.has(SPACE) && isSpaceCode(code))) return true;
  const lower = lowerCodeUnit(code);
  return lower < 0 || codes.has(lower);
}
