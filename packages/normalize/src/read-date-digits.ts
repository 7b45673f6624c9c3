/**
 * Readers for dates that start with digits: "2025-11-03", "2025.10.31", "2025. 10. 31.", "2025년 10월
 * 31일", "10월 31일", "31일", "03.11.2025", "3.11.", "11/3/2025", "31 October 2025", "31. Okt.", "31st".
 * Each reader looks at a bounded stretch of text, so a call is O(1) apart from one digit run.
 */
import type { Language } from '@dealbrief/core';
import { isRealDate } from './calendar.js';
import {
  isDigitAt,
  isHangulAt,
  isLatinAt,
  readLatinWord,
  readLatinWordBack,
  skipSpaces,
  skipSpacesBack,
} from './char-class.js';
import type { DateParts } from './date-mention.js';
import {
  DE_NOT_DATE_BEFORE,
  EN_AFTER_DAY_ORDINAL,
  KO_DURATION_GLUED,
  KO_DURATION_WORDS,
  MONTH_NUMBERS,
} from './date-words.js';

/** A run of digits: where it ends, its value and its length. */
interface Digits {
  end: number;
  value: number;
  length: number;
}

/** The whole digit run at `i` when it has 1..`max` digits, else null. Reads at most `max + 1` digits. */
export function readShortDigits(text: string, i: number, max: number): Digits | null {
  let j = i;
  while (j - i <= max && isDigitAt(text, j)) j++;
  const length = j - i;
  if (length === 0 || length > max) return null;
  let value = 0;
  for (let k = i; k < j; k++) value = value * 10 + text.charCodeAt(k) - 0x30;
  return { end: j, value, length };
}

/** A four-digit year 1900-2099 at `i`, or null. */
export function readYear(text: string, i: number): Digits | null {
  const year = readShortDigits(text, i, 4);
  return year && year.length === 4 && year.value >= 1900 && year.value <= 2099 ? year : null;
}

/** True when a date may end at `p`: no digit or letter glued on, no ".5" or ",000" going on. */
export function isDateEnd(text: string, p: number): boolean {
  if (isDigitAt(text, p) || isLatinAt(text, p)) return false;
  const c = text[p];
  return !((c === '.' || c === ',' || c === ':' || c === '/') && isDigitAt(text, p + 1));
}

/** Expands a two-digit year: 00-69 → 2000s, 70-99 → 1900s. */
function expandYear(year: Digits): number {
  if (year.length === 4) return year.value;
  return year.value < 70 ? 2000 + year.value : 1900 + year.value;
}

/** End of a Korean "일" (day) at `p` with what follows it, or -1 when it counts days ("31일간", "3일 동안"). */
function readKoreanDay(text: string, p: number): number {
  if (text[p] !== '일') return -1;
  const end = p + 1;
  if (KO_DURATION_GLUED.some((w) => text.startsWith(w, end))) return -1;
  const q = skipSpaces(text, end, 1);
  if (q > end) {
    let e = q;
    while (e - q < 3 && isHangulAt(text, e)) e++;
    if (KO_DURATION_WORDS.has(text.slice(q, e))) return -1;
  }
  return end;
}

/** "2025-11-03", "2025/11/03", "2025.10.31", "2025. 10. 31.", "2025년 10월 31일", "2025년 10월". */
function readYearFirst(text: string, i: number): DateParts | null {
  const year = readYear(text, i);
  if (!year) return null;
  const sep = text[year.end];
  if (sep === '-' || sep === '/') {
    const month = readShortDigits(text, year.end + 1, 2);
    if (!month || text[month.end] !== sep) return null;
    const day = readShortDigits(text, month.end + 1, 2);
    if (!day || !isDateEnd(text, day.end)) return null;
    return { start: i, end: day.end, year: year.value, month: month.value, day: day.value };
  }
  if (sep === '.') {
    const month = readShortDigits(text, skipSpaces(text, year.end + 1, 1), 2);
    if (!month || text[month.end] !== '.') return null;
    const day = readShortDigits(text, skipSpaces(text, month.end + 1, 1), 2);
    if (!day) return null;
    const end = text[day.end] === '.' && !isDigitAt(text, day.end + 1) ? day.end + 1 : day.end;
    if (!isDateEnd(text, end)) return null;
    return { start: i, end, year: year.value, month: month.value, day: day.value };
  }
  const nyeon = skipSpaces(text, year.end, 1);
  if (text[nyeon] !== '년') return null;
  const month = readShortDigits(text, skipSpaces(text, nyeon + 1, 1), 2);
  if (!month) return null;
  const wol = skipSpaces(text, month.end, 1);
  if (text[wol] !== '월') return null;
  const day = readShortDigits(text, skipSpaces(text, wol + 1, 1), 2);
  const dayEnd = day ? readKoreanDay(text, skipSpaces(text, day.end, 1)) : -1;
  if (day && dayEnd > 0)
    return { start: i, end: dayEnd, year: year.value, month: month.value, day: day.value };
  return { start: i, end: wol + 1, year: year.value, month: month.value };
}

/** Korean "10월 31일" (month and day) or "31일" (day alone). */
function readKoreanMonthDay(text: string, i: number): DateParts | null {
  const first = readShortDigits(text, i, 2);
  if (!first) return null;
  const p = skipSpaces(text, first.end, 1);
  if (text[p] === '월') {
    const day = readShortDigits(text, skipSpaces(text, p + 1, 1), 2);
    const end = day ? readKoreanDay(text, skipSpaces(text, day.end, 1)) : -1;
    return day && end > 0 ? { start: i, end, month: first.value, day: day.value } : null;
  }
  const end = readKoreanDay(text, first.end);
  return end > 0 ? { start: i, end, day: first.value } : null;
}

/** "03.11.2025", "3.11.25" (any language) and "3.11." (German only). */
function readDottedDayFirst(text: string, i: number, language: Language): DateParts | null {
  const day = readShortDigits(text, i, 2);
  if (!day || text[day.end] !== '.') return null;
  const month = readShortDigits(text, day.end + 1, 2);
  if (!month || text[month.end] !== '.') return null;
  const year = readShortDigits(text, month.end + 1, 4);
  if (year && year.length !== 3 && (year.length === 2 || readYear(text, month.end + 1))) {
    if (!isDateEnd(text, year.end)) return null;
    return { start: i, end: year.end, year: expandYear(year), month: month.value, day: day.value };
  }
  if (language !== 'de' || isDigitAt(text, month.end + 1) || isLatinAt(text, month.end + 1)) return null;
  const before = readLatinWordBack(text, skipSpacesBack(text, i, 1));
  if (before && DE_NOT_DATE_BEFORE.has(before.word)) return null;
  return { start: i, end: month.end + 1, month: month.value, day: day.value };
}

/** "11/3/2025" (English: month first) or "3/11/2025" (German, Korean: day first). */
function readSlashed(text: string, i: number, language: Language): DateParts | null {
  const a = readShortDigits(text, i, 2);
  if (!a || text[a.end] !== '/') return null;
  const b = readShortDigits(text, a.end + 1, 2);
  if (!b || text[b.end] !== '/') return null;
  const year = readShortDigits(text, b.end + 1, 4);
  if (!year || year.length === 3 || (year.length === 4 && !readYear(text, b.end + 1))) return null;
  if (!isDateEnd(text, year.end)) return null;
  const monthFirst = language === 'en' ? a.value <= 12 : a.value > 12;
  const [month, day] = monthFirst ? [a.value, b.value] : [b.value, a.value];
  return { start: i, end: year.end, year: expandYear(year), month, day };
}

/** A capitalised month name at `p` ("October", "Okt.") with its end, past a full stop after it. */
export function readMonthName(text: string, p: number): { end: number; month: number } | null {
  const c = text[p] ?? '';
  if (c === '' || c === c.toLowerCase()) return null;
  const word = readLatinWord(text, p);
  const month = word ? MONTH_NUMBERS.get(word.word) : undefined;
  if (!word || month === undefined) return null;
  return { end: text[word.end] === '.' ? word.end + 1 : word.end, month };
}

/** ", 2025" / " 2025" after a date: the year and its end, or null. */
export function readYearAfter(text: string, p: number): { end: number; year: number } | null {
  const q = skipSpaces(text, text[p] === ',' ? p + 1 : p, 2);
  if (q === p) return null;
  const year = readYear(text, q);
  return year && isDateEnd(text, year.end) ? { end: year.end, year: year.value } : null;
}

/** End of an English ordinal suffix glued to digits at `p` ("st", "nd", "rd", "th"), else `p`. */
export function skipOrdinalSuffix(text: string, p: number): number {
  const word = readLatinWord(text, p);
  return word && word.end - p === 2 && ['st', 'nd', 'rd', 'th'].includes(word.word) ? word.end : p;
}

/** "31 October", "31st October", "31st of October", "31. Oktober 2025", "31 Okt." and "the 31st". */
function readDayFirst(text: string, i: number): DateParts | null {
  const day = readShortDigits(text, i, 2);
  if (!day) return null;
  const suffixEnd = skipOrdinalSuffix(text, day.end);
  const dotted = suffixEnd === day.end && text[day.end] === '.';
  const afterDay = dotted ? day.end + 1 : suffixEnd;
  let p = skipSpaces(text, afterDay, 2);
  const of = readLatinWord(text, p);
  if (suffixEnd > day.end && of?.word === 'of') p = skipSpaces(text, of.end, 2);
  const month = p > afterDay || dotted ? readMonthName(text, p) : null;
  if (!month) return suffixEnd > day.end ? readTheOrdinal(text, i, day.value, suffixEnd) : null;
  const year = readYearAfter(text, month.end);
  const end = year ? year.end : month.end;
  if (!year && !isDateEnd(text, month.end)) return null;
  return { start: i, end, ...(year ? { year: year.year } : {}), month: month.month, day: day.value };
}

/** "the 31st" standing for a day: "the" before it and no noun after it ("the 21st century"). */
function readTheOrdinal(text: string, i: number, day: number, end: number): DateParts | null {
  const before = readLatinWordBack(text, skipSpacesBack(text, i, 1));
  if (before?.word !== 'the' || day < 1 || day > 31) return null;
  const q = skipSpaces(text, end, 2);
  const next = readLatinWord(text, q);
  if (next && (q === end || !EN_AFTER_DAY_ORDINAL.has(next.word))) return null;
  return isDigitAt(text, end) ? null : { start: i, end, day };
}

/** True when the parts name a real day: "Feb 30" and "2025-02-29" are not dates. */
export function isRealParts(parts: DateParts): boolean {
  if (parts.month === undefined) return parts.day === undefined || (parts.day >= 1 && parts.day <= 31);
  if (parts.day === undefined) return parts.month >= 1 && parts.month <= 12;
  return isRealDate(parts.month, parts.day, parts.year);
}

/**
 * A date led by digits at `i` (a number start), or null. Readers are tried from the most specific; the
 * parts are not yet checked with `isRealParts`, so that "2025년 2월 29일" can be skipped as a whole.
 */
export function readDigitDate(text: string, i: number, language: Language): DateParts | null {
  // Every reader starts with `readShortDigits`, which takes the whole digit run: a year of four digits
  // (readYearFirst) or a day or month of one or two (the others). So four digits go to the first
  // reader alone, and three or five and more ("260,000", "100", "12345") to none.
  let run = 0;
  while (run < 5 && isDigitAt(text, i + run)) run++;
  if (run === 4) return readYearFirst(text, i);
  if (run > 2) return null;
  for (const read of SHORT_DIGIT_DATE_READERS) {
    const parts = read(text, i, language);
    if (parts) return parts;
  }
  return null;
}

/** The readers of {@link readDigitDate} for one or two digits, most specific first. */
const SHORT_DIGIT_DATE_READERS = [readKoreanMonthDay, readDottedDayFirst, readSlashed, readDayFirst] as const;
