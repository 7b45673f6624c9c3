import type { Language } from '@dealbrief/core';
import {
  classRunEnd,
  HANGUL_UNIT,
  hangulRunEnd,
  isDigitAt,
  isDigitCode,
  isHangulAt,
  isHyphenCode,
  isLatinAt,
  isLatinOrDigitAt,
  LATIN_UNIT,
  latinWordEnd,
  OTHER_UNIT,
  scriptClassTable,
} from './char-class.js';
import { LeadingPairs } from './leading-pairs.js';
import { matchAt } from './match-number.js';
import type { NumberMention } from './number-kind.js';
import { skipDigitJunk } from './read-digits.js';
import { ENGLISH_FIRST_WORDS, mayStartEnglishNumberAt } from './read-english-words.js';
import { GERMAN_NUMBER_WORD_STARTS, mayStartGermanNumberAt } from './read-german-words.js';
import { mayStartKoreanWordNumber } from './read-korean-number.js';
import { CURRENCY_SIGN_STARTS, isCurrencyBeforeAt, isCurrencySignStart } from './read-unit-words.js';
import { COMPOSES, composeForMatching, matchingCodes, SURROGATE } from './text-fold.js';
import { CURRENCY_CODES, CURRENCY_SIGNS } from './unit-words.js';

/**
 * Whether `matchAt` can find anything at the Latin word `text[i, end)` followed by no digits (see
 * {@link isGluedToDigitsAfter}): a currency sign or code before digits ("US$", "USD"; exactly where
 * `readCurrencyBefore` reads one, so neither "Unternehmen" nor "CEO" passes) or the first word of a
 * number in words of the language. Any other word is skipped whole, without the readers cutting it
 * out again. The scan asks {@link WORD_STARTS} first, which turns away most words for one look-up.
 */
function mayStartAtWord(text: string, i: number, end: number, language: Language): boolean {
  if (isCurrencyBeforeAt(text, i)) return true;
  if (language === 'ko') return false;
  return language === 'en' ? mayStartEnglishNumberAt(text, i, end) : mayStartGermanNumberAt(text, i, end);
}

/**
 * Whether the Latin word ending at `end`, with the code unit `after` there (read once by the scan), is
 * glued to digits ("B200", "GPT-4"), which `matchAt` may read as a model name: then the word is read
 * whatever it is.
 */
function isGluedToDigitsAfter(text: string, end: number, after: number): boolean {
  return isDigitCode(after) || (isHyphenCode(after) && isDigitAt(text, end + 1));
}

/**
 * The currency signs and codes `readCurrencyBefore` reads at the start of a Latin word ("US$",
 * "U.S.$", "USD"), lower case for {@link LeadingPairs}; the signs that start with no letter never
 * meet a word and only add pairs no word has.
 */
const CURRENCY_BEFORE_WORDS = [...CURRENCY_SIGNS.map(([sign]) => sign), ...CURRENCY_CODES].map((word) =>
  word.toLowerCase(),
);

/**
 * Per language, the first two letters of every Latin word where {@link mayStartAtWord} may say yes:
 * one starting with a currency sign or code, the first words of English numbers (whole words:
 * `mayStartEnglishNumberAt` looks the word itself up), the starts of German ones (prefixes:
 * `mayStartGermanNumberAt` passes only words starting with one of `GERMAN_NUMBER_WORD_STARTS`), no
 * number words in Korean. Where these say no, {@link mayStartAtWord} says no too.
 */
const WORD_STARTS: Readonly<Record<Language, LeadingPairs>> = {
  en: new LeadingPairs().add(CURRENCY_BEFORE_WORDS, true).add(ENGLISH_FIRST_WORDS, false),
  de: new LeadingPairs().add(CURRENCY_BEFORE_WORDS, true).add(GERMAN_NUMBER_WORD_STARTS, true),
  ko: new LeadingPairs().add(CURRENCY_BEFORE_WORDS, true),
};

/**
 * Whether `matchAt` can find anything at the Hangul character `text[i]`: only in Korean text, at the
 * start of a word (after no letter or digit), and only where a Sino-Korean or native numeral starts.
 * No currency sign starts with Hangul, so nothing else is read there; when this says no, the whole
 * Hangul run is skipped, as `skipToken` would after `matchAt` found nothing.
 */
function mayStartAtHangul(text: string, i: number, language: Language): boolean {
  if (language !== 'ko') return false;
  if (isLatinOrDigitAt(text, i - 1) || isHangulAt(text, i - 1)) return false;
  return mayStartKoreanWordNumber(text.charCodeAt(i));
}

/**
 * Whether `matchAt` can find anything at the {@link SYMBOL} `text[i]`, which is no letter and no
 * digit: a currency sign before an amount ("$5"), or "+" or "(" before digits (a phone number). Spaces
 * and other punctuation never start a number.
 */
function mayStartAtSymbol(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isCurrencySignStart(code)) return true;
  return (code === 0x2b || code === 0x28) && isDigitAt(text, i + 1);
}

/** Where scanning goes on after `i` when nothing matched there: past the current word or digit run. */
function skipToken(text: string, i: number): number {
  if (isLatinAt(text, i)) return latinWordEnd(text, i);
  if (isHangulAt(text, i)) return hangulRunEnd(text, i);
  if (isDigitAt(text, i)) return skipDigitJunk(text, i);
  return i + 1;
}

/**
 * Every number expression in `text`, left to right, without overlaps: digits with the language's
 * separators ("260,000", "260.000", "260 000"), magnitudes ("1.5 million", "1,5 Mio.", "260k"), words
 * ("a quarter-million", "zweihundertsechzigtausend", "이십육만"), Korean units ("26만", "14조8000억 원"),
 * money, percentages, years, dates, ordinals, phone numbers and model names, each with its `kind`.
 * Offsets are UTF-16 indices into `text`. Decomposed (NFD) Korean and zero-width or bidi control
 * characters inside a number ("26만" in jamo, "260,\u200b000") are read through
 * {@link composeForMatching}. Runs in linear time and never throws.
 */
export function findNumbers(text: string, language: Language): NumberMention[] {
  // Nearly every text needs no composed view: one scan that gives up where one may be needed answers it
  // without a separate pass over the text to find out.
  const plain = scanNumbers(text, language, true);
  if (plain !== null) return plain;
  const view = composeForMatching(text);
  if (view.identity) return findComposedNumbers(text, language);
  return findComposedNumbers(view.text, language).map((m) => {
    const start = view.toOriginalStart(m.start);
    const end = view.toOriginalEnd(m.end);
    return { ...m, start, end, text: text.slice(start, end) };
  });
}

/** What {@link scanNumbers} does at a code unit; see {@link SCAN_CLASSES}. */
const SKIP = OTHER_UNIT;
const LATIN = LATIN_UNIT;
const HANGUL = HANGUL_UNIT;
const SYMBOL = 4;
/**
 * A code unit for which {@link composeForMatching} may give a view other than the text (a combining
 * mark, conjoining jamo, an invisible format character, a surrogate); otherwise Hangul or SKIP.
 */
const VIEW = 5;

/**
 * The class of every UTF-16 code unit for the scan: a Latin letter, Hangul, a digit, a symbol that may
 * start a number (the first character of a currency sign, "+" and "(" before a phone number; see
 * {@link mayStartAtSymbol}), or anything else, where `matchAt` finds nothing. One look-up per code unit.
 */
const SCAN_CLASSES = scriptClassTable();
for (const code of [...CURRENCY_SIGN_STARTS, 0x2b, 0x28])
  if (SCAN_CLASSES[code] === SKIP) SCAN_CLASSES[code] = SYMBOL;

/** {@link SCAN_CLASSES} before {@link VIEW} is marked: what the scan does at a VIEW unit it reads on. */
const PLAIN_CLASSES = SCAN_CLASSES.slice();

// The code units that may need a view are all Hangul (conjoining jamo) or SKIP units: no letter,
// digit or symbol the scan reads as such is one.
const MATCHING_CODES = matchingCodes();
for (let code = 0; code < SCAN_CLASSES.length; code++) {
  const plainClass = PLAIN_CLASSES[code];
  if (
    (MATCHING_CODES[code]! & (COMPOSES | SURROGATE)) !== 0 &&
    (plainClass === SKIP || plainClass === HANGUL)
  )
    SCAN_CLASSES[code] = VIEW;
}

/** Whether `text[from, to)` has a {@link VIEW} code unit. */
function hasViewCode(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SCAN_CLASSES[text.charCodeAt(k)] === VIEW) return true;
  return false;
}

/** Every number expression of a text that is its own composed view (see {@link scanNumbers}). */
function findComposedNumbers(text: string, language: Language): NumberMention[] {
  return scanNumbers(text, language, false)!;
}

/**
 * The numbers of `text` read as it is. With `stopAtView`, null as soon as the text has a code unit
 * that may need a composed view ({@link VIEW}): every code unit is looked at, by its class or by
 * {@link hasViewCode} over the stretches the scan jumps (matches, skipped Hangul runs and digits), so
 * a text the scan answers has none and {@link composeForMatching} would give the text itself.
 */
function scanNumbers(text: string, language: Language, stopAtView: boolean): NumberMention[] | null {
  const found: NumberMention[] = [];
  const wordStarts = WORD_STARTS[language];
  const length = text.length;
  let i = 0;
  while (i < length) {
    let scanClass = SCAN_CLASSES[text.charCodeAt(i)];
    if (scanClass === SKIP) {
      i++;
      continue;
    }
    if (scanClass === VIEW) {
      if (stopAtView) return null;
      scanClass = PLAIN_CLASSES[text.charCodeAt(i)];
      if (scanClass === SKIP) {
        i++;
        continue;
      }
    }
    if (scanClass === LATIN) {
      // The word's end and the code unit after it (-1 at the end of the text).
      const end = classRunEnd(text, i, SCAN_CLASSES, LATIN);
      const after = end < length ? text.charCodeAt(end) : -1;
      if (
        !isGluedToDigitsAfter(text, end, after) &&
        !(wordStarts.mayMatch(text, i, end) && mayStartAtWord(text, i, end, language))
      ) {
        // Nothing starts at a space or other SKIP unit either: step over the one after the word.
        i = after >= 0 && SCAN_CLASSES[after] === SKIP ? end + 1 : end;
        continue;
      }
    } else if (scanClass === HANGUL) {
      if (!mayStartAtHangul(text, i, language)) {
        // The Hangul run up to a VIEW unit (conjoining jamo), which is looked at next; there no
        // number starts either, after Hangul.
        i = classRunEnd(text, i, SCAN_CLASSES, HANGUL);
        continue;
      }
    } else if (scanClass === SYMBOL && !mayStartAtSymbol(text, i)) {
      i++;
      continue;
    }
    const next = matchAt(text, i, language);
    const matched = next !== null && next.end > i && Number.isFinite(next.value);
    const to = matched ? next.end : skipToken(text, i);
    if (stopAtView && hasViewCode(text, i + 1, to)) return null;
    if (matched) found.push(next);
    i = to;
  }
  return found;
}
