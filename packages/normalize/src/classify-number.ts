import type { Language } from '@dealbrief/core';
import {
  isDigitAt,
  isLatinAt,
  isUpperAt,
  readLatinWord,
  readLatinWordBack,
  skipSpaces,
  skipSpacesBack,
} from './char-class.js';
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
  const word = readLatinWordBack(text, p);
  return word !== null && isUpperAt(text, word.start) && MONTHS.has(word.word);
}

/** True when a capitalised month name follows `end` ("31 October", "31. Oktober", "31 Oct."). */
function hasMonthAfter(text: string, end: number): boolean {
  const p = skipSpaces(text, text[end] === '.' ? end + 1 : end, 2);
  if (p === end) return false;
  const word = readLatinWord(text, p);
  return word !== null && isUpperAt(text, p) && MONTHS.has(word.word);
}

/** The word before `start` (skipping spaces and a full stop), lowercased, or "". */
function wordBefore(text: string, start: number): string {
  let p = skipSpacesBack(text, start, 2);
  if (text[p - 1] === '.' && p < start) p--;
  return readLatinWordBack(text, p)?.word ?? '';
}

/** True when a superlative follows a small number: "three largest", German "drei führenden", "drei größten". */
function hasSuperlativeAfter(text: string, end: number, language: Language): boolean {
  const p = skipSpaces(text, end, 1);
  const next = p > end ? readLatinWord(text, p) : null;
  if (!next) return false;
  if (language === 'en') return EN_RANK_WORDS_AFTER.has(next.word);
  const first = text[p] ?? '';
  const lower = first === first.toLowerCase() && first !== first.toUpperCase();
  return language === 'de' && lower && (next.word.startsWith('führend') || next.word.endsWith('sten'));
}

/** Kind given by a Korean suffix glued to digits: 년 월 일 분기 위 번째 차 호 시 분 초 대. */
function classifyKoreanSuffix(text: string, shape: NumberShape): NumberKind | null {
  const { end, value } = shape;
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
  const previous = wordBefore(text, start);
  if (RANK_WORDS_BEFORE.has(previous)) return 'other';
  if (integer && value < 100 && hasSuperlativeAfter(text, end, language)) return 'other';
  if (shape.plainDigits) {
    const korean = classifyKoreanSuffix(text, shape);
    if (korean) return korean;
    if (text.slice(skipSpacesBack(text, start, 1) - 1, start).trim() === '제') return 'ordinal';
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
    if (PRONOUN_ONE_BEFORE.has(previous) || next === 'of' || next === 'another') return 'other';
  }
  return 'count';
}
