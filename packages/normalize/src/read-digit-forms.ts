import type { Language } from '@dealbrief/core';
import {
  isDigitAt,
  isHyphenAt,
  isLatinOrDigitAt,
  isUpperAt,
  latinWordEnd,
  readLatinWordBack,
  scanWhile,
} from './char-class.js';
import { CURRENCY_CODES, MONTHS, RANK_WORDS_BEFORE } from './unit-words.js';

// Every pattern below has bounded repetition and little backtracking, so matching at one position is O(1).
// "02-1234-5678", "(02) 1234-5678", and an area code with its trunk 0 before one block: "030 1234567", "030/1234567".
const LOCAL_PHONE =
  /(?:(?:\(0?\d{1,4}\)[ \u00a0]?|\d{2,4}[-\u2010\u2011])\d{3,4}[-\u2010\u2011]\d{4}|0\d{1,4}[ \u00a0/\-\u2010\u2011]\d{5,8})(?!\d)/y;
const YMD_DATE = /((?:19|20)\d\d)(?:([-/])(\d{1,2})\2(\d{1,2})|\. ?(\d{1,2})\. ?(\d{1,2})\.?)(?!\d)/y;
const DMY_DATE = /(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d\d)?(?!\d)/y;
const SLASH_DATE = /(\d{1,2})\/(\d{1,2})\/((?:19|20)?\d\d)(?!\d)/y;

function matchAt(pattern: RegExp, text: string, i: number): RegExpExecArray | null {
  pattern.lastIndex = i;
  return pattern.exec(text);
}

/** The characters that may follow the first block of digits in {@link LOCAL_PHONE}. */
const LOCAL_PHONE_SEPARATORS = '-\u2010\u2011 \u00a0/';

/** How many ASCII digits stand from `i` on, counting up to `max`. */
function digitRunLength(text: string, i: number, max: number): number {
  let n = 0;
  while (n < max && isDigitAt(text, i + n)) n++;
  return n;
}

const PHONE_SEPARATORS = ' .-\u00a0\u2010\u2011';

/** End of "+<digits>" with single separators and optional "(..)" groups ("+82 2 1234 5678"), or -1. */
function readInternationalPhone(text: string, i: number): number {
  let p = i + 1;
  let end = -1;
  let digits = 0;
  for (let groups = 0; groups < 8 && p < text.length; groups++) {
    const paren = text[p] === '(';
    const q = paren ? p + 1 : p;
    const e = scanWhile(text, q, isDigitAt);
    if (e === q || (paren && text[e] !== ')')) break;
    digits += e - q;
    end = paren ? e + 1 : e;
    p = end;
    const sep = text[p] ?? '';
    if (sep === '' || !PHONE_SEPARATORS.includes(sep) || !(isDigitAt(text, p + 1) || text[p + 1] === '('))
      break;
    p++;
  }
  return end > 0 && digits >= 8 && digits <= 15 ? end : -1;
}

/** End of a telephone number at `i` ("+82 2 1234 5678", "02-1234-5678", "(02) 1234-5678", "030 1234567"), or -1. */
export function readPhone(text: string, i: number): number {
  if (text[i] === '+') return readInternationalPhone(text, i);
  // From a digit, LOCAL_PHONE needs a block of two to five digits and a separator after it.
  if (isDigitAt(text, i)) {
    const run = digitRunLength(text, i, 6);
    if (run < 2 || run > 5 || !LOCAL_PHONE_SEPARATORS.includes(text[i + run] ?? '')) return -1;
  }
  const m = matchAt(LOCAL_PHONE, text, i);
  return m ? i + m[0].length : -1;
}

function isDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/**
 * A date written in digits at `i`: "2025-10-31", "2025.10.31", "2025. 10. 31.", "31.10.2025", "31.10."
 * (German only without the year), "10/31/2025". Returns its end and day of month, or null.
 */
export function readNumericDate(
  text: string,
  i: number,
  language: Language,
): { end: number; day: number } | null {
  // Every pattern starts with a year of four digits before "-", "/" or ".", or a day or month of one or
  // two digits before "." or "/".
  const run = digitRunLength(text, i, 5);
  const after = text[i + run] ?? '';
  if (
    !(run === 4
      ? after === '-' || after === '/' || after === '.'
      : run >= 1 && run <= 2 && (after === '.' || after === '/'))
  )
    return null;
  const ymd = matchAt(YMD_DATE, text, i);
  if (ymd) {
    const month = Number(ymd[3] ?? ymd[5]);
    const day = Number(ymd[4] ?? ymd[6]);
    if (isDayMonth(day, month)) return { end: i + ymd[0].length, day };
  }
  const dmy = matchAt(DMY_DATE, text, i);
  if (dmy && (dmy[3] !== undefined || language === 'de') && isDayMonth(Number(dmy[1]), Number(dmy[2]))) {
    return { end: i + dmy[0].length, day: Number(dmy[1]) };
  }
  const slash = matchAt(SLASH_DATE, text, i);
  if (slash) {
    const a = Number(slash[1]);
    const b = Number(slash[2]);
    const monthFirst = language === 'en' ? a <= 12 && isDayMonth(b, a) : !isDayMonth(a, b);
    if (isDayMonth(monthFirst ? b : a, monthFirst ? a : b))
      return { end: i + slash[0].length, day: monthFirst ? b : a };
  }
  return null;
}

/**
 * A product or model name made of letters and digits at `i` (a word start): "B200", "H100s", "GB200",
 * "GPT-4", "COVID-19". With a capital letter it is a 'model'; all-lowercase ("msjeon22") is 'other';
 * "mid-2025" and "Top-3" leave the digits to be read on their own or as a rank. Null when no digit follows.
 */
export function readModelToken(
  text: string,
  i: number,
): { start: number; end: number; value: number; kind: 'model' | 'other' } | null {
  const lettersEnd = latinWordEnd(text, i);
  let p = lettersEnd;
  const hyphen = isHyphenAt(text, p) && isDigitAt(text, p + 1);
  if (hyphen) p++;
  if (!isDigitAt(text, p)) return null;
  const digitsEnd = scanWhile(text, p, isDigitAt);
  const end = scanWhile(text, digitsEnd, isLatinOrDigitAt);
  const prefix = text.slice(i, lettersEnd);
  const upper = /[A-Z]/.test(prefix);
  const rank = RANK_WORDS_BEFORE.has(prefix.toLowerCase());
  if (hyphen && (!upper || rank)) return null;
  const value = Number(text.slice(p, digitsEnd));
  return { start: i, end, value, kind: upper && !rank ? 'model' : 'other' };
}

/** Start of an all-caps product line right before digits at `start` ("RTX 5090"), or -1. */
export function findAcronymBefore(text: string, start: number): number {
  if (text[start - 1] !== ' ' && text[start - 1] !== '\u00a0') return -1;
  // An acronym is all capitals A-Z, so its last letter is one: any other word before the space is
  // refused here without cutting it out and lower- and upper-casing it.
  if (!isUpperAt(text, start - 2)) return -1;
  const word = readLatinWordBack(text, start - 1);
  if (!word) return -1;
  const raw = text.slice(word.start, start - 1);
  const ok = raw.length >= 2 && raw.length <= 5 && raw === raw.toUpperCase() && /^[A-Z]+$/.test(raw);
  if (!ok || CURRENCY_CODES.has(raw) || MONTHS.has(word.word) || RANK_WORDS_BEFORE.has(word.word)) return -1;
  return isLatinOrDigitAt(text, word.start - 1) ? -1 : word.start;
}
