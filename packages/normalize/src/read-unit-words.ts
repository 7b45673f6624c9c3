import type { Language } from '@dealbrief/core';
import { isHangulAt, isLatinAt, isUpperAt, skipSpaces } from './char-class.js';
import { matchPhraseAt, mayHavePhraseCodeAt, phraseCodes } from './match-phrase.js';
import {
  CURRENCY_CODES,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  KO_CURRENCY_FOLLOWERS,
  PERCENT_WORDS,
} from './unit-words.js';

/** The first code unit of each currency sign ({@link CURRENCY_SIGNS}): "U" of "US$", "$", "€" ... */
export const CURRENCY_SIGN_STARTS: readonly number[] = CURRENCY_SIGNS.map(([sign]) => sign.charCodeAt(0));

/**
 * 1 at each of {@link CURRENCY_SIGN_STARTS}: a table, since the number scanner asks this for every
 * Latin word and sign (a `Set` look-up per word cost more).
 */
const SIGN_START_CODES = new Uint8Array(0x10000);
for (const code of CURRENCY_SIGN_STARTS) SIGN_START_CODES[code] = 1;

/**
 * Whether a currency sign ({@link CURRENCY_SIGNS}) starts with the code unit `code`: "U" (of "US$",
 * "U.S.$"), "$", "€" ... Where this says no, {@link readCurrencyBefore} reads only a currency code
 * ("USD"), which needs three capital Latin letters.
 */
export function isCurrencySignStart(code: number): boolean {
  return SIGN_START_CODES[code] === 1;
}

/** The currency sign ({@link CURRENCY_SIGNS}) written at `i`, as [sign, currency], or undefined. */
function currencySignAt(text: string, i: number): readonly [string, string] | undefined {
  if (!isCurrencySignStart(text.charCodeAt(i))) return undefined;
  for (const entry of CURRENCY_SIGNS) if (text.startsWith(entry[0], i)) return entry;
  return undefined;
}

/** A currency written before an amount at `i` ("$", "US$", "€", "₩", "USD "): code and where the amount may start. */
export function readCurrencyBefore(text: string, i: number): { currency: string; end: number } | null {
  const sign = currencySignAt(text, i);
  if (sign !== undefined) return { currency: sign[1], end: skipSpaces(text, i + sign[0].length, 1) };
  const code = readCurrencyCode(text, i);
  return code === null ? null : { currency: code, end: skipSpaces(text, i + 3, 1) };
}

/**
 * Whether {@link readCurrencyBefore} reads a currency at `i`, without building it: a sign written
 * there ("US$", but not the "U" of "Unternehmen") or a currency code ("USD", but not "CEO").
 */
export function isCurrencyBeforeAt(text: string, i: number): boolean {
  return currencySignAt(text, i) !== undefined || readCurrencyCode(text, i) !== null;
}

/** A currency code at `i`: three capitals of {@link CURRENCY_CODES} ("USD") and no Latin letter after them. */
function readCurrencyCode(text: string, i: number): string | null {
  if (!isUpperAt(text, i) || !isUpperAt(text, i + 1) || !isUpperAt(text, i + 2) || isLatinAt(text, i + 3)) {
    return null;
  }
  const code = text.slice(i, i + 3);
  return CURRENCY_CODES.has(code) ? code : null;
}

/** The currency words read after an amount: the language's, then the Korean ones (read in any text). */
const CURRENCY_WORDS_AFTER: Readonly<Record<Language, ReadonlyArray<readonly [string, string]>>> = {
  en: [...CURRENCY_WORDS.en, ...CURRENCY_WORDS.ko],
  de: [...CURRENCY_WORDS.de, ...CURRENCY_WORDS.ko],
  ko: CURRENCY_WORDS.ko,
};

/** The first code units of {@link CURRENCY_WORDS_AFTER}, per language. */
const CURRENCY_WORD_STARTS: Readonly<Record<Language, ReadonlySet<number>>> = {
  en: phraseCodes(
    CURRENCY_WORDS_AFTER.en.map(([word]) => word),
    0,
  ),
  de: phraseCodes(
    CURRENCY_WORDS_AFTER.de.map(([word]) => word),
    0,
  ),
  ko: phraseCodes(
    CURRENCY_WORDS_AFTER.ko.map(([word]) => word),
    0,
  ),
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
  const code = readCurrencyCode(text, p);
  if (code !== null) return { currency: code, end: p + 3 };
  if ((p > i || !isLatinAt(text, p)) && mayHavePhraseCodeAt(text, p, CURRENCY_WORD_STARTS[language])) {
    // An index loop, not `for (const [word, currency] of ...)`: the inlined iterator protocol made this
    // hot function a large compile.
    const words = CURRENCY_WORDS_AFTER[language];
    for (let k = 0; k < words.length; k++) {
      const word = words[k]![0];
      const end = matchPhraseAt(text, p, word);
      if (end < 0) continue;
      const oneSyllable = word.length === 1 && isHangulAt(text, p);
      if (oneSyllable && isHangulAt(text, end) && !KO_CURRENCY_FOLLOWERS.includes(text[end]!)) continue;
      return { currency: words[k]![1], end };
    }
  }
  return null;
}

/** The first code units of {@link PERCENT_WORDS}, per language. */
const PERCENT_STARTS: Readonly<Record<Language, ReadonlySet<number>>> = {
  en: phraseCodes(PERCENT_WORDS.en, 0),
  de: phraseCodes(PERCENT_WORDS.de, 0),
  ko: phraseCodes(PERCENT_WORDS.ko, 0),
};

/** End of a percent sign or word after an amount ending at `i` ("%", "%p", " percent", " Prozent", "퍼센트"), or -1. */
export function readPercentAfter(text: string, i: number, language: Language): number {
  const p = skipSpaces(text, i, 1);
  if (!mayHavePhraseCodeAt(text, p, PERCENT_STARTS[language])) return -1;
  const words = PERCENT_WORDS[language];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const end = matchPhraseAt(text, p, word);
    if (end < 0) continue;
    if (word === '%p' && isLatinAt(text, end)) continue;
    return end;
  }
  return -1;
}
