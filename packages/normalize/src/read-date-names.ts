/**
 * Readers for dates led by words: month first ("Oct. 31", "October 31, 2025", "October 2025"), weekday
 * names ("Friday", "Freitagabend", "금요일", "Fri," before a date) and relative days ("today", "heute",
 * "오늘"). Each looks at one or two words around `i`, so a call is O(1) apart from one word.
 */
import type { Weekday } from '@dealbrief/core';
import { isHangulAt, readLatinWord, readLatinWordBack, skipSpaces, skipSpacesBack } from './char-class.js';
import type { DateParts } from './date-mention.js';
import {
  DE_DAY_PARTS,
  DE_MORNING_BEFORE,
  KO_NOT_A_DAY_BEFORE,
  KO_NOT_RELATIVE_AFTER,
  KO_WEEKDAYS,
  NOT_A_DAY_BEFORE,
  NOT_TODAY_BEFORE,
  RELATIVE_WORDS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_NAMES,
} from './date-words.js';
import {
  isDateEnd,
  readMonthName,
  readShortDigits,
  readYear,
  readYearAfter,
  skipOrdinalSuffix,
} from './read-date-digits.js';

/** A weekday word: where it ends, which day, and whether only a date after it makes it one ("Fri,"). */
export interface WeekdayWord {
  end: number;
  weekday: Weekday;
  needsDate: boolean;
}

/** The lower-cased Latin word before `i` (skipping up to two spaces), or "". */
function latinWordBefore(text: string, i: number): string {
  return readLatinWordBack(text, skipSpacesBack(text, i, 2))?.word ?? '';
}

/** The Hangul word (at most 3 syllables) ending right before `i` and its spaces, or "". */
function hangulWordBefore(text: string, i: number): string {
  const end = skipSpacesBack(text, i, 2);
  let start = end;
  while (start > 0 && end - start < 3 && isHangulAt(text, start - 1)) start--;
  return text.slice(start, end);
}

/** The Hangul word (at most 3 syllables) from `i`. */
export function readHangulWord(text: string, i: number): string {
  let end = i;
  while (end - i < 3 && isHangulAt(text, end)) end++;
  return text.slice(i, end);
}

/** "Oct. 31", "Oct 31", "Oct.31", "October 31st", "October 31, 2025", "Nov 03, 2025", "October 2025". */
export function readMonthFirst(text: string, i: number): DateParts | null {
  const month = readMonthName(text, i);
  if (!month) return null;
  const p = skipSpaces(text, month.end, 2);
  if (p === month.end && text[p - 1] !== '.') return null;
  const digits = readShortDigits(text, p, 4);
  if (!digits || digits.length === 3) return null;
  if (digits.length === 4) {
    const year = readYear(text, p);
    return year && isDateEnd(text, year.end)
      ? { start: i, end: year.end, year: year.value, month: month.month }
      : null;
  }
  const end = skipOrdinalSuffix(text, digits.end);
  if (!isDateEnd(text, end)) return null;
  const year = readYearAfter(text, end);
  const parts = { start: i, end: year ? year.end : end, month: month.month, day: digits.value };
  return year ? { ...parts, year: year.year } : parts;
}

/** A capitalised weekday name at `i` ("Friday", "Freitag", "Freitagabend", "Fri." before a date). */
export function readLatinWeekday(text: string, i: number): WeekdayWord | null {
  const c = text[i] ?? '';
  const word = readLatinWord(text, i);
  if (!word || c === c.toLowerCase() || NOT_A_DAY_BEFORE.has(latinWordBefore(text, i))) return null;
  const full = WEEKDAY_NAMES.get(word.word);
  if (full) return { end: word.end, weekday: full, needsDate: false };
  for (const [name, weekday] of WEEKDAY_NAMES) {
    if (word.word.startsWith(name) && DE_DAY_PARTS.includes(word.word.slice(name.length)))
      return { end: word.end, weekday, needsDate: false };
  }
  const short = WEEKDAY_ABBREVIATIONS.get(word.word);
  const mark = text[word.end];
  if (!short || (mark !== '.' && mark !== ',')) return null;
  return { end: mark === '.' ? word.end + 1 : word.end, weekday: short, needsDate: true };
}

/** A Korean weekday "금요일" at `i`, not "매주 금요일" or "금요일마다" (every Friday). */
export function readKoreanWeekday(text: string, i: number): WeekdayWord | null {
  const weekday = KO_WEEKDAYS.get(text[i] ?? '');
  if (!weekday || !text.startsWith('요일', i + 1)) return null;
  if (text.startsWith('마다', i + 3) || KO_NOT_A_DAY_BEFORE.includes(hangulWordBefore(text, i))) return null;
  return { end: i + 3, weekday, needsDate: false };
}

/** A weekday in parentheses right after a date: "(금)", "(금요일)", "(Fri)", "(Freitag)". */
export function readWeekdayInParentheses(text: string, p: number): { end: number; weekday: Weekday } | null {
  if (text[p] !== '(') return null;
  const korean = KO_WEEKDAYS.get(text[p + 1] ?? '');
  if (korean) {
    const end = text.startsWith('요일', p + 2) ? p + 4 : p + 2;
    return text[end] === ')' ? { end: end + 1, weekday: korean } : null;
  }
  const word = readLatinWord(text, p + 1);
  const weekday = word ? (WEEKDAY_NAMES.get(word.word) ?? WEEKDAY_ABBREVIATIONS.get(word.word)) : undefined;
  if (!word || !weekday) return null;
  const end = text[word.end] === '.' ? word.end + 1 : word.end;
  return text[end] === ')' ? { end: end + 1, weekday } : null;
}

/** "today", "yesterday", "tomorrow", "heute", "gestern", "morgen" (lower-case, not "heute Morgen") at `i`. */
export function readLatinRelative(text: string, i: number): DateParts | null {
  const word = readLatinWord(text, i);
  const relative = word ? RELATIVE_WORDS.get(word.word) : undefined;
  if (!word || !relative) return null;
  const before = latinWordBefore(text, i);
  if (word.word === 'morgen' && (text[i] !== 'm' || DE_MORNING_BEFORE.has(before))) return null;
  if (word.word === 'today' && NOT_TODAY_BEFORE.has(before)) return null;
  return { start: i, end: word.end, relative };
}

/** "오늘", "금일", "어제", "내일" at `i`, not "오늘날" (nowadays) or "어제오늘" (lately). */
export function readKoreanRelative(text: string, i: number): DateParts | null {
  const word = text.slice(i, i + 2);
  const relative = RELATIVE_WORDS.get(word);
  if (!relative || KO_NOT_RELATIVE_AFTER.some((w) => text.startsWith(w, i + 2))) return null;
  return { start: i, end: i + 2, relative };
}
