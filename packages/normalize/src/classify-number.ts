import type { Language } from '@dealbrief/core';
import {
  isDigitAt,
  isLatinAt,
  isUpperAt,
  latinWordEnd,
  latinWordStart,
  readLatinWord,
  readLatinWordBack,
  skipSpaces,
  skipSpacesBack,
} from './char-class.js';
import { LatinWordSet } from './latin-word-set.js';
import type { NumberKind } from './number-kind.js';
import {
  DE_ORDINAL_NOUNS,
  EN_RANK_WORDS_AFTER,
  KO_RANK_CONTEXT_BEFORE,
  MONTHS,
  PRONOUN_ONE_BEFORE,
  RANK_WORDS_BEFORE,
} from './unit-words.js';

/** What the readers learnt about a number that is neither money nor a percentage. */
export interface NumberShape {
  start: number;
  end: number;
  value: number;
  /** True when read from plain digits without any magnitude ("2025", "31", "260,000"). */
  plainDigits: boolean;
  /** True when the digits carried thousands separators. */
  grouped: boolean;
  /** True for ordinals read as such ("third", "31st", "dritte", "세 번째"). */
  ordinal: boolean;
}

/** True when a capitalised month name ("Oct.", "October", "Oktober") sits right before `start`. */
function hasMonthBefore(text: string, start: number): boolean {
  let p = skipSpacesBack(text, start, 2);
  if (p === start) return false;
  if (text[p - 1] === '.') p--;
  const wordStart = latinWordStart(text, p);
  return wordStart < p && isUpperAt(text, wordStart) && MONTH_WORDS.has(text, wordStart, p);
}

/** True when a capitalised month name follows `end` ("31 October", "31. Oktober", "31 Oct."). */
function hasMonthAfter(text: string, end: number): boolean {
  const p = skipSpaces(text, text[end] === '.' ? end + 1 : end, 2);
  if (p === end) return false;
  // A capital is a Latin letter, so a word starts there.
  return isUpperAt(text, p) && MONTH_WORDS.has(text, p, latinWordEnd(text, p));
}

/** {@link MONTHS}, looked up in the text without cutting the word out. */
const MONTH_WORDS = new LatinWordSet(MONTHS);

/** End of the word before `start` (skipping spaces and a full stop); the word is empty when there is none. */
function wordBeforeEnd(text: string, start: number): number {
  const p = skipSpacesBack(text, start, 2);
  return text[p - 1] === '.' && p < start ? p - 1 : p;
}

/** The word before `start` (skipping spaces and a full stop), lowercased, or "". */
function wordBefore(text: string, start: number): string {
  return readLatinWordBack(text, wordBeforeEnd(text, start))?.word ?? '';
}

/** Whether the word before `start` is one of {@link RANK_WORDS_BEFORE}, without cutting it out. */
function hasRankWordBefore(text: string, start: number): boolean {
  const end = wordBeforeEnd(text, start);
  return RANK_BEFORE.has(text, latinWordStart(text, end), end);
}

const RANK_BEFORE = new LatinWordSet(RANK_WORDS_BEFORE);
const RANK_AFTER_EN = new LatinWordSet(EN_RANK_WORDS_AFTER);

/** True when a superlative follows a small number: "three largest", German "drei führenden", "drei größten". */
function hasSuperlativeAfter(text: string, end: number, language: Language): boolean {
  if (language === 'ko') return false;
  const p = skipSpaces(text, end, 1);
  if (p === end) return false;
  if (language === 'en') return RANK_AFTER_EN.has(text, p, latinWordEnd(text, p));
  const next = readLatinWord(text, p);
  if (!next) return false;
  const first = text[p] ?? '';
  const lower = first === first.toLowerCase() && first !== first.toUpperCase();
  return lower && (next.word.startsWith('führend') || next.word.endsWith('sten'));
}

const KO_SUFFIX_STARTS: ReadonlySet<number> = new Set(
  Array.from('년월일분번째위호차시초대', (c) => c.charCodeAt(0)),
);

/** Kind given by a Korean suffix glued to digits: 년 월 일 분기 위 번째 차 호 시 분 초 대. */
function classifyKoreanSuffix(text: string, shape: NumberShape): NumberKind | null {
  const { end, value } = shape;
  // Every suffix below starts with one of these syllables.
  if (!KO_SUFFIX_STARTS.has(text.charCodeAt(end))) return null;
  const rest = text.slice(end, end + 2);
  const integer = Number.isInteger(value);
  if (rest.startsWith('년')) return integer && value >= 1900 && value <= 2100 ? 'year' : 'count';
  if (rest.startsWith('월') && integer && value >= 1 && value <= 12) return 'date';
  if (rest.startsWith('일') && integer && value >= 1 && value <= 31) return 'date';
  if (rest === '분기') return 'date';
  if (rest.startsWith('번째') || rest.startsWith('째') || rest.startsWith('위') || rest.startsWith('호'))
    return 'ordinal';
  if (rest.startsWith('차') && rest !== '차량') return 'ordinal';
  if (rest === '시간' || rest === '초과') return null;
  if (rest.startsWith('시') || rest.startsWith('분') || rest.startsWith('초')) return 'other';
  if (rest.startsWith('대')) {
    const before = text.slice(Math.max(0, shape.start - 4), skipSpacesBack(text, shape.start, 1));
    if (KO_RANK_CONTEXT_BEFORE.some((w) => before.endsWith(w))) return 'other';
  }
  return null;
}

/** "제" right before the number, or before one in-line space: "제3", "제 3" (Sino-Korean ordinal prefix). */
function hasJeBefore(text: string, start: number): boolean {
  const p = skipSpacesBack(text, start, 1);
  return p > 0 && text.charCodeAt(p - 1) === JE;
}

const JE = 0xc81c;

/**
 * Decides the kind of a number that is neither money nor a percentage from the words around it: dates
 * ("Oct. 31", "31. Oktober", "31일"), years (a bare 1900-2100 or "2030년"), ordinals ("third", "31st",
 * "3. Platz", "3위", "제3"), ranks ("top three", "No. 1", "one of", "three largest", "drei führenden",
 * "세계 3대") and parts of addresses, times
 * or paths (kind 'other'). Everything else is a 'count'.
 */
export function classifyNumber(text: string, shape: NumberShape, language: Language): NumberKind {
  const { start, end, value } = shape;
  const integer = Number.isInteger(value);
  const dayLike = integer && value >= 1 && value <= 31;
  if (shape.ordinal)
    return dayLike && (hasMonthBefore(text, start) || hasMonthAfter(text, end)) ? 'date' : 'ordinal';
  const before = text[start - 1] ?? '';
  if (before !== '' && '/@_:#'.includes(before)) return 'other';
  if ((text[end] === '/' || text[end] === '@') && !isDigitAt(text, end + 1)) return 'other';
  if (hasRankWordBefore(text, start)) return 'other';
  if (integer && value < 100 && hasSuperlativeAfter(text, end, language)) return 'other';
  if (shape.plainDigits) {
    const korean = classifyKoreanSuffix(text, shape);
    if (korean) return korean;
    if (hasJeBefore(text, start)) return 'ordinal';
    if (dayLike && (hasMonthBefore(text, start) || hasMonthAfter(text, end))) return 'date';
    if (language === 'de' && !shape.grouped && text[end] === '.' && end - start <= 3) {
      const next = readLatinWord(text, skipSpaces(text, end + 1, 1));
      if (next && (!isUpperAt(text, skipSpaces(text, end + 1, 1)) || DE_ORDINAL_NOUNS.has(next.word)))
        return 'ordinal';
    }
    if (!shape.grouped && integer && end - start === 4 && value >= 1900 && value <= 2100) return 'year';
  }
  if (value === 1 && isLatinAt(text, start) && text.slice(start, end).toLowerCase() === 'one') {
    const next = readLatinWord(text, skipSpaces(text, end, 1))?.word ?? '';
    if (PRONOUN_ONE_BEFORE.has(wordBefore(text, start)) || next === 'of' || next === 'another')
      return 'other';
  }
  return 'count';
}
