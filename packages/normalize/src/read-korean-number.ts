import type { Language } from '@dealbrief/core';
import { isDigitAt, isHangulAt, isSpaceAt, skipSpaces } from './char-class.js';
import { KO_BIG_UNITS, KO_COUNTERS, KO_NATIVE, KO_SINO_DIGITS, KO_SMALL_UNITS } from './number-words.js';
import { isDigitRunCode, readDigits, scaleDigits } from './read-digits.js';

/** A number written with Korean units, as read by `readKoreanNumber`. */
export interface KoreanNumber {
  start: number;
  end: number;
  value: number;
  /** True when written only in Sino-Korean syllables ("이십육만"), false when digits lead ("26만"). */
  sino: boolean;
}

interface State {
  total: number;
  group: number;
  pending: number | null;
  lastBig: number;
  lastSmall: number;
  end: number;
  units: number;
  syllables: number;
  bigUnits: number;
  /** Where the pending digits began: a unit that cannot follow them ends the number before them. */
  pendingStart: number;
}

/** Particles that may follow a counter ("두 명의", "세 개를"). */
const PARTICLES = '의을를이가은는도씩에만로와과';

/** Hangul that continue a word after "오만", "이만" ... and show it is no number ("오만하다", "이만하면"). */
const VERB_ENDINGS = '하한함했해히할';

/** Forgets digits read just before a unit that cannot follow them ("5만6만" ends after "5만"). */
function dropPending(s: State): void {
  if (s.pending === null) return;
  s.pending = null;
  s.end = s.pendingStart;
}

/**
 * 1 at the code of each syllable a number in Hangul can start with: a Sino-Korean digit or unit
 * ({@link readKoreanNumber} reads nothing else first) or the first syllable of a native numeral
 * ({@link readKoreanNative}). A table, so the scanner asks by code without a one-character string.
 */
const WORD_NUMBER_STARTS = new Uint8Array(0x10000);
for (const start of [
  ...Object.keys(KO_SINO_DIGITS),
  ...Object.keys(KO_SMALL_UNITS),
  ...Object.keys(KO_BIG_UNITS),
  ...Object.keys(KO_NATIVE).map((word) => word[0]!),
]) {
  if (start.length === 1) WORD_NUMBER_STARTS[start.charCodeAt(0)] = 1;
}

/** Whether a number written in Hangul (no digits first) may start with the code unit `code`. */
export function mayStartKoreanWordNumber(code: number): boolean {
  return WORD_NUMBER_STARTS[code] === 1;
}

/**
 * Whether a Korean unit follows the digits at `start` ("26만", "1,000만", "1.5조"). `readDigits` reads
 * only {@link isDigitRunCode} characters, so the digits it reads end at the end of that run or at one of
 * those characters, which is no unit; without a unit right after the run, `readKoreanNumber` reads
 * none (it crosses spaces only after a myriad unit). Cheap, and the usual answer is no.
 */
function hasUnitAfterDigits(text: string, start: number): boolean {
  let j = start;
  while (j < text.length && isDigitRunCode(text.charCodeAt(j))) j++;
  const ch = text[j];
  return ch !== undefined && (KO_SMALL_UNITS[ch] !== undefined || KO_BIG_UNITS[ch] !== undefined);
}

/**
 * Reads a number with Korean units from `start`: digits then units ("26만", "6만5000", "2만5천",
 * "14조8000억", "1.5조", "6만 5천"), or Sino-Korean syllables ("이십육만", "오만", "삼천"). The units are
 * 십 백 천 within a group and 만 억 조 경 every four digits. Needs at least one unit, so "31" or "이번"
 * give null; a space is crossed only when a unit follows ("6만 5천", "1조 2000억 5000만", not
 * "26만 2025년").
 * Sino-only words need a myriad unit or three syllables, so "이천" (a city) and "구조" stay words.
 */
export function readKoreanNumber(text: string, start: number, language: Language): KoreanNumber | null {
  const sino = !isDigitAt(text, start);
  if (!sino && !hasUnitAfterDigits(text, start)) return null;
  const s: State = {
    total: 0,
    group: 0,
    pending: null,
    lastBig: Number.POSITIVE_INFINITY,
    lastSmall: Number.POSITIVE_INFINITY,
    end: start,
    units: 0,
    syllables: 0,
    bigUnits: 0,
    pendingStart: start,
  };
  let saved: State | null = null;
  let p = start;
  while (p < text.length) {
    const ch = text[p]!;
    const small = KO_SMALL_UNITS[ch];
    const big = KO_BIG_UNITS[ch];
    const digit = sino ? KO_SINO_DIGITS[ch] : undefined;
    if (!sino && isDigitAt(text, p)) {
      if (s.pending !== null) break;
      const d = readDigits(text, p, language === 'de' ? 'de' : 'en');
      if (!d || d.end - p > 16) break;
      s.pendingStart = p;
      s.pending = scaleDigits(d);
      p = d.end;
    } else if (digit !== undefined) {
      if (s.pending !== null) break;
      s.pendingStart = p;
      s.pending = digit;
      p++;
      s.syllables++;
    } else if (small !== undefined) {
      if (small >= s.lastSmall || (s.pending !== null && s.pending >= 10)) {
        dropPending(s);
        break;
      }
      s.group += (s.pending ?? 1) * small;
      s.pending = null;
      s.lastSmall = small;
      p++;
      s.units++;
      s.syllables++;
    } else if (big !== undefined) {
      const group = s.group + (s.pending ?? 0);
      if (big >= s.lastBig || group === 0) {
        dropPending(s);
        break;
      }
      s.total += group * big;
      s.group = 0;
      s.pending = null;
      s.lastSmall = Number.POSITIVE_INFINITY;
      s.lastBig = big;
      p++;
      s.units++;
      s.bigUnits++;
      s.syllables++;
    } else if (
      isSpaceAt(text, p) &&
      s.bigUnits > 0 &&
      s.group === 0 &&
      s.pending === null &&
      (!saved || s.units > saved.units)
    ) {
      // Each space is crossed only after the last one led to a unit: "1조 2000억 5000만" is one number.
      saved = { ...s };
      p = skipSpaces(text, p, 1);
      continue;
    } else break;
    s.end = p;
  }
  let result = s;
  if (saved && s.units === saved.units) result = saved;
  if (result.units === 0) return null;
  if (sino) {
    if (result.syllables < 3 && (result.bigUnits === 0 || result.lastBig > 1e8)) return null;
    if (isHangulAt(text, result.end) && VERB_ENDINGS.includes(text[result.end]!)) return null;
  }
  const value = result.total + result.group + (result.pending ?? 0);
  return { start, end: result.end, value, sino };
}

/**
 * Reads a native Korean numeral followed by a counter ("세 개", "두 명", "세 번째", "첫 번째"): the span
 * is the numeral only. Null unless a counter from `KO_COUNTERS` follows (so "한국" or "세계" stay words); "첫" needs none.
 */
export function readKoreanNative(
  text: string,
  start: number,
): { start: number; end: number; value: number; counter: string } | null {
  let end = start;
  while (end < text.length && end - start < 3 && isHangulAt(text, end)) end++;
  for (let len = end - start; len >= 1; len--) {
    const word = text.slice(start, start + len);
    const value = KO_NATIVE[word];
    if (value === undefined) continue;
    const after = skipSpaces(text, start + len, 1);
    const counter = KO_COUNTERS.find((c) => text.startsWith(c, after)) ?? (word === '첫' ? '' : undefined);
    if (counter === undefined) return null;
    // "세계", "한 대통령": the counter must end the word, or be followed by a particle.
    const next = after + counter.length;
    if (counter !== '' && isHangulAt(text, next) && !PARTICLES.includes(text[next]!)) return null;
    return { start, end: start + len, value, counter };
  }
  return null;
}
