import type { Language } from '@dealbrief/core';
import {
  classRunEnd,
  HANGUL_UNIT,
  hangulRunEnd,
  isDigitAt,
  isHangulAt,
  isLatinAt,
  isLatinOrDigitAt,
  LATIN_UNIT,
  latinWordEnd,
  OTHER_UNIT,
  readLatinWord,
  scanWhile,
  scriptClassTable,
  skipSpaces,
} from './char-class.js';
import type { DateMention, DateParts } from './date-mention.js';
import {
  DE_DAY_PARTS,
  DIRECTION_WORDS,
  KO_WEEKDAYS,
  MONTH_NUMBERS,
  RELATIVE_WORDS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_NAMES,
} from './date-words.js';
import { LatinWordSet } from './latin-word-set.js';
import { isRealParts, readDigitDate } from './read-date-digits.js';
import {
  readHangulWord,
  readKoreanRelative,
  readKoreanWeekday,
  readLatinRelative,
  readLatinWeekday,
  readMonthFirst,
  readWeekdayInParentheses,
  type WeekdayWord,
} from './read-date-names.js';

/** True when a number may start at `i`: no digit or letter right before, no "1." or "02-" before it. */
function isNumberStart(text: string, i: number): boolean {
  if (i === 0) return true;
  if (isDigitAt(text, i - 1) || isLatinAt(text, i - 1) || text[i - 1] === '+') return false;
  return !('.,:/-'.includes(text[i - 1] ?? '') && isDigitAt(text, i - 2));
}

/** A date (no weekday word first) at `i`, led by digits or by a month name; "Feb 30" too (checked later). */
function readDate(text: string, i: number, language: Language): DateParts | null {
  if (isDigitAt(text, i)) return isNumberStart(text, i) ? readDigitDate(text, i, language) : null;
  return isLatinAt(text, i) && !isLatinAt(text, i - 1) ? readMonthFirst(text, i) : null;
}

/** Adds a weekday written right after a date: "31일(금)", "10월 31일 금요일", "Oct. 31 (Fri)". */
function addWeekdayAfter(text: string, date: DateParts): DateParts {
  const inParentheses = readWeekdayInParentheses(text, skipSpaces(text, date.end, 1));
  if (inParentheses) return { ...date, end: inParentheses.end, weekday: inParentheses.weekday };
  const p = skipSpaces(text, date.end, 1);
  const korean = p > date.end && isHangulAt(text, p) ? readKoreanWeekday(text, p) : null;
  return korean ? { ...date, end: korean.end, weekday: korean.weekday } : date;
}

/** Joins a weekday word with the date after it ("Friday, Oct. 31", "Freitag, den 31. Oktober"). */
function addDateAfter(text: string, i: number, word: WeekdayWord, language: Language): DateParts | null {
  let p = skipSpaces(text, text[word.end] === ',' ? word.end + 1 : word.end, 2);
  const article = readLatinWord(text, p)?.word;
  if (article === 'den' || article === 'dem' || article === 'the')
    p = skipSpaces(text, p + article.length, 2);
  const date = p > word.end ? readDate(text, p, language) : null;
  if (date && date.day !== undefined) return { ...date, start: i, weekday: word.weekday };
  return word.needsDate ? null : { start: i, end: word.end, weekday: word.weekday };
}

/** A date, weekday or relative day at `i` without a direction word. */
function readMention(text: string, i: number, language: Language): DateParts | null {
  const date = readDate(text, i, language);
  // readDate gives no weekday: one may follow the date.
  if (date) return addWeekdayAfter(text, date);
  if (isLatinAt(text, i)) {
    if (isLatinOrDigitAt(text, i - 1)) return null;
    const weekday = readLatinWeekday(text, i);
    if (weekday) return addDateAfter(text, i, weekday, language);
    return readLatinRelative(text, i);
  }
  if (!isHangulAt(text, i) || isHangulAt(text, i - 1)) return null;
  const weekday = readKoreanWeekday(text, i);
  if (weekday) return { start: i, end: weekday.end, weekday: weekday.weekday };
  return readKoreanRelative(text, i);
}

/** "last Friday", "vergangenen Freitag", "지난 31일", "오는 5일": a direction word, then a weekday or date. */
function readDirected(text: string, i: number, language: Language): DateParts | null {
  const latin = isLatinAt(text, i) && !isLatinAt(text, i - 1) && !isDigitAt(text, i - 1);
  const hangul = isHangulAt(text, i) && !isHangulAt(text, i - 1);
  if (!latin && !hangul) return null;
  const word = latin ? readLatinWord(text, i)?.word : readHangulWord(text, i);
  const direction = word === undefined ? undefined : DIRECTION_WORDS.get(word);
  if (word === undefined || direction === undefined) return null;
  const wordEnd = latin ? latinWordEnd(text, i) : hangulRunEnd(text, i);
  const p = skipSpaces(text, wordEnd, 2);
  const inner = p > wordEnd && wordEnd === i + word.length ? readMention(text, p, language) : null;
  if (!inner || inner.relative || inner.year !== undefined) return null;
  return { ...inner, start: i, direction };
}

/**
 * The lower-case Latin words a date expression can start with: a direction ("last"), a month, a
 * weekday (also "Freitagabend" or "Fri."), or a relative day. Every Latin reader of `findDates` starts
 * with one of them, so any other word is skipped whole.
 */
const LATIN_DATE_STARTS = new LatinWordSet([
  ...DIRECTION_WORDS.keys(),
  ...MONTH_NUMBERS.keys(),
  ...WEEKDAY_NAMES.keys(),
  ...WEEKDAY_ABBREVIATIONS.keys(),
  ...RELATIVE_WORDS.keys(),
  ...[...WEEKDAY_NAMES.keys()].flatMap((name) => DE_DAY_PARTS.map((part) => name + part)),
]);

/**
 * The characters a Hangul date expression can start with: the first syllable of a direction ("지난"),
 * of a relative day ("오늘") or a weekday syllable ("금요일"). `readDirected` and `readMention` read
 * nothing else at Hangul (a Hangul date word needs no Hangul right before it, either).
 */
const HANGUL_DATE_STARTS: ReadonlySet<string> = new Set([
  ...[...DIRECTION_WORDS.keys(), ...RELATIVE_WORDS.keys()].map((word) => word[0]!),
  ...KO_WEEKDAYS.keys(),
]);

/** What {@link findDates} does at a code unit; see {@link DATE_SCAN_CLASSES}. */
const SKIP = OTHER_UNIT;
const LATIN = LATIN_UNIT;
const HANGUL = HANGUL_UNIT;
/** Hangul that starts a Hangul date word ({@link HANGUL_DATE_STARTS}) when no Hangul is before it. */
const HANGUL_START = 4;

/**
 * The class of every UTF-16 code unit for the scan, so that each position costs one look-up: a Latin
 * letter, Hangul (split by whether a date word may start with it), an ASCII digit, or anything else,
 * where no reader finds a date.
 */
const DATE_SCAN_CLASSES = scriptClassTable();
for (const start of HANGUL_DATE_STARTS) {
  const code = start.charCodeAt(0);
  if (start.length === 1 && DATE_SCAN_CLASSES[code] === HANGUL_UNIT) DATE_SCAN_CLASSES[code] = HANGUL_START;
}

/** Where scanning goes on when nothing matched at `i`: past the current word or digit run. */
function skipToken(text: string, i: number): number {
  if (isLatinAt(text, i)) return latinWordEnd(text, i);
  if (isHangulAt(text, i)) return hangulRunEnd(text, i);
  if (isDigitAt(text, i)) return scanWhile(text, i, isDigitAt);
  return i + 1;
}

/**
 * Every date or weekday expression in `text`, in order, without overlaps; a written
 * date that does not exist ("Feb 30", "2025년 2월 29일", "31.04.2025") is skipped as a whole. Full dates ("October 31,
 * 2025", "31. Oktober 2025", "2025년 10월 31일", "2025-10-31", "2025. 10. 31.", "03.11.2025", "11/3/2025"),
 * partial dates ("Oct. 31", "31 October", "the 31st", "31. Okt.", "3.11.", "10월 31일", "31일"), months
 * of a year ("October 2025", "2025년 10월"), weekdays alone or beside a date ("on Friday", "Freitag,
 * 31. Oktober", "금요일", "31일(금)"), "last"/"next" before them ("last Friday", "지난 31일") and relative
 * days ("today", "gestern", "오늘"). Month and weekday names of English, German and Korean are read in
 * any text; `language` decides only what digits alone leave open: "11/3/2025" is month first in English,
 * day first otherwise, and "3.11." (no year) is a date only in German. Not dates: "31 GPUs", "24/7",
 * "2030" alone, "3.5 million", "B200", phone numbers, "Black Friday", "every Friday", "31. Platz",
 * "31일간", "31개", "오늘날". Offsets are UTF-16 indices. Linear time; never throws.
 */
export function findDates(text: string, language: Language): DateMention[] {
  const found: DateMention[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    // Only a digit, a Latin word from LATIN_DATE_STARTS or a Hangul word from HANGUL_DATE_STARTS can
    // start a date: the readers find nothing at any other word, space or sign, so those are skipped.
    const scanClass = DATE_SCAN_CLASSES[text.charCodeAt(i)];
    if (scanClass === SKIP) {
      i++;
      continue;
    }
    if (scanClass === LATIN) {
      // The word's end and the code unit after it (-1 at the end of the text).
      const end = classRunEnd(text, i, DATE_SCAN_CLASSES, LATIN);
      const after = end < length ? text.charCodeAt(end) : -1;
      if (!LATIN_DATE_STARTS.has(text, i, end)) {
        // No date starts at a space or other SKIP unit either: step over the one after the word.
        i = after >= 0 && DATE_SCAN_CLASSES[after] === SKIP ? end + 1 : end;
        continue;
      }
    } else if (scanClass === HANGUL || (scanClass === HANGUL_START && isHangulAt(text, i - 1))) {
      i = hangulRunEnd(text, i);
      continue;
    }
    const parts = readDirected(text, i, language) ?? readMention(text, i, language);
    if (parts && parts.end > i) {
      if (isRealParts(parts))
        found.push({
          start: parts.start,
          end: parts.end,
          text: text.slice(parts.start, parts.end),
          ...omitRange(parts),
        });
      i = parts.end;
    } else {
      i = skipToken(text, i);
    }
  }
  return found;
}

function omitRange(parts: DateParts): Omit<DateParts, 'start' | 'end'> {
  const { start: _start, end: _end, ...rest } = parts;
  return rest;
}
