import type { Language } from '@dealbrief/core';
import { isHangulAt, isLatinAt, isSpaceAt, isSpaceCode, isUpperAt, skipSpaces } from './char-class.js';
import { lowerCodeUnit } from './lower-code-unit.js';
import {
  CURRENCY_CODES,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  KO_CURRENCY_FOLLOWERS,
  PERCENT_WORDS,
} from './unit-words.js';

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

const SPACE = 0x20;

/** `got === want || got.toLowerCase() === want` for the one-character strings of the two codes. */
function isCodeOrLower(got: number, want: number): boolean {
  if (got === want) return true;
  const lower = lowerCodeUnit(got);
  // -1: "İ", "Σ" or a surrogate, whose lower case alone is asked of the string itself.
  return lower >= 0 ? lower === want : String.fromCharCode(got).toLowerCase() === String.fromCharCode(want);
}

/**
 * The first code units of `phrases`: {@link matchPhraseAt} can match one of them at `i` only when
 * `text[i]` is one of these or lower-cases to one ({@link mayStartPhrase}).
 */
function phraseStarts(phrases: readonly string[]): ReadonlySet<number> {
  return new Set(phrases.map((phrase) => phrase.charCodeAt(0)));
}

/**
 * False only when no phrase of `starts` (see {@link phraseStarts}) can match at `i`: past the end, or
 * at a character that neither is nor lower-cases to a first character (a space in a phrase is any in-line space).
 */
function mayStartPhrase(text: string, i: number, starts: ReadonlySet<number>): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (starts.has(code) || (starts.has(SPACE) && isSpaceCode(code))) return true;
  const lower = lowerCodeUnit(code);
  return lower < 0 || starts.has(lower);
}

/** The first characters of the currency signs ("U" of "US$", "$", "€" ...). */
const SIGN_STARTS: ReadonlySet<string> = new Set(CURRENCY_SIGNS.map(([sign]) => sign[0]!));
const SIGN_START_CODES: ReadonlySet<number> = new Set(CURRENCY_SIGNS.map(([sign]) => sign.charCodeAt(0)));

/**
 * Whether {@link readCurrencyBefore} can read anything at a character with this code that is no Latin
 * letter: only the first character of a currency sign ("$", "€") can start one there.
 */
export function isCurrencySignStart(code: number): boolean {
  return SIGN_START_CODES.has(code);
}

/** A currency written before an amount at `i` ("$", "US$", "€", "₩", "USD "): code and where the amount may start. */
export function readCurrencyBefore(text: string, i: number): { currency: string; end: number } | null {
  const c = text[i];
  if (c === undefined) return null;
  if (SIGN_STARTS.has(c)) {
    for (const [sign, currency] of CURRENCY_SIGNS) {
      if (text.startsWith(sign, i)) return { currency, end: skipSpaces(text, i + sign.length, 1) };
    }
  }
  if (isUpperAt(text, i) && isUpperAt(text, i + 1) && isUpperAt(text, i + 2) && !isLatinAt(text, i + 3)) {
    const code = text.slice(i, i + 3);
    if (CURRENCY_CODES.has(code)) return { currency: code, end: skipSpaces(text, i + 3, 1) };
  }
  return null;
}

/** The currency words read after an amount: the language's, then the Korean ones (read in any text). */
const CURRENCY_WORDS_AFTER: Readonly<Record<Language, ReadonlyArray<readonly [string, string]>>> = {
  en: [...CURRENCY_WORDS.en, ...CURRENCY_WORDS.ko],
  de: [...CURRENCY_WORDS.de, ...CURRENCY_WORDS.ko],
  ko: CURRENCY_WORDS.ko,
};

/** The first code units of {@link CURRENCY_WORDS_AFTER}, per language. */
const CURRENCY_WORD_STARTS: Readonly<Record<Language, ReadonlySet<number>>> = {
  en: phraseStarts(CURRENCY_WORDS_AFTER.en.map(([word]) => word)),
  de: phraseStarts(CURRENCY_WORDS_AFTER.de.map(([word]) => word)),
  ko: phraseStarts(CURRENCY_WORDS_AFTER.ko.map(([word]) => word)),
};

/** The one-character currency signs but "$" (which needs a space before it after an amount), by code. */
const SIGNS_AFTER: ReadonlyMap<number, string> = new Map(
  CURRENCY_SIGNS.filter(([sign]) => sign.length === 1 && sign !== '$')
    .reverse()
    .map(([sign, currency]) => [sign.charCodeAt(0), currency]),
);

/** A currency word, code or sign after an amount ending at `i` ("dollars", "Euro", "원", "달러", "€", "USD"). */
export function readCurrencyAfter(
  text: string,
  i: number,
  language: Language,
): { currency: string; end: number } | null {
  const p = skipSpaces(text, i, 1);
  const sign = SIGNS_AFTER.get(text.charCodeAt(p));
  if (sign !== undefined) return { currency: sign, end: p + 1 };
  if (text[p] === '$' && p > i) return { currency: 'USD', end: p + 1 };
  if (isUpperAt(text, p) && isUpperAt(text, p + 1) && isUpperAt(text, p + 2)) {
    const code = text.slice(p, p + 3);
    if (CURRENCY_CODES.has(code) && !isLatinAt(text, p + 3)) return { currency: code, end: p + 3 };
  }
  if ((p > i || !isLatinAt(text, p)) && mayStartPhrase(text, p, CURRENCY_WORD_STARTS[language])) {
    for (const [word, currency] of CURRENCY_WORDS_AFTER[language]) {
      const end = matchPhraseAt(text, p, word);
      if (end < 0) continue;
      const oneSyllable = word.length === 1 && isHangulAt(text, p);
      if (oneSyllable && isHangulAt(text, end) && !KO_CURRENCY_FOLLOWERS.includes(text[end]!)) continue;
      return { currency, end };
    }
  }
  return null;
}

/** The first code units of {@link PERCENT_WORDS}, per language. */
const PERCENT_STARTS: Readonly<Record<Language, ReadonlySet<number>>> = {
  en: phraseStarts(PERCENT_WORDS.en),
  de: phraseStarts(PERCENT_WORDS.de),
  ko: phraseStarts(PERCENT_WORDS.ko),
};

/** End of a percent sign or word after an amount ending at `i` ("%", "%p", " percent", " Prozent", "퍼센트"), or -1. */
export function readPercentAfter(text: string, i: number, language: Language): number {
  const p = skipSpaces(text, i, 1);
  if (!mayStartPhrase(text, p, PERCENT_STARTS[language])) return -1;
  for (const word of PERCENT_WORDS[language]) {
    const end = matchPhraseAt(text, p, word);
    if (end < 0) continue;
    if (word === '%p' && isLatinAt(text, end)) continue;
    return end;
  }
  return -1;
}
