import type { Language } from '@dealbrief/core';
import { isDigitAt, isDigitCode, isSpaceAt, scanWhile } from './char-class.js';

/** A run of digits read with a language's thousands separators and decimal mark. */
export interface DigitNumber {
  start: number;
  end: number;
  /** All digits without separators, integer part then fraction. */
  digits: string;
  /** Number of fraction digits at the end of `digits`. */
  fractionDigits: number;
  /** True when thousands separators were read ("260,000", "260.000", "260 000"). */
  grouped: boolean;
}

const GROUP_MARKS: Readonly<Record<Language, string>> = {
  en: ',\u00a0\u202f\u2009',
  ko: ',\u00a0\u202f\u2009',
  de: '.\u00a0\u202f\u2009 ',
};

/** The decimal mark of each language (German also reads "1.5" with a dot; "." is a German group mark). */
const DECIMAL_MARKS: Readonly<Record<Language, string>> = { en: '.', ko: '.', de: ',' };

/** The codes of every group and decimal mark of any language. */
const NUMBER_MARK_CODES: ReadonlySet<number> = new Set(
  [...Object.values(GROUP_MARKS), ...Object.values(DECIMAL_MARKS)].flatMap((marks) =>
    [...marks].map((mark) => mark.charCodeAt(0)),
  ),
);

/** True for a character `readDigits` may read in some language: a digit, a group mark or a decimal mark. */
export function isDigitRunCode(code: number): boolean {
  return isDigitCode(code) || NUMBER_MARK_CODES.has(code);
}

/** True when exactly three digits follow `i` and then no further digit. */
function isGroupOfThree(text: string, i: number): boolean {
  return isDigitAt(text, i) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && !isDigitAt(text, i + 3);
}

/**
 * Reads the number written in digits at `start`: English and Korean group with "," and use "." as
 * decimal mark ("1,234.5"); German groups with ".", a space, NBSP or U+202F and uses "," ("1.234,5"),
 * and also reads "1.5" (no group of three after the dot) as a decimal. Null when no digit is at `start`.
 */
export function readDigits(text: string, start: number, language: Language): DigitNumber | null {
  let end = scanWhile(text, start, isDigitAt);
  if (end === start) return null;
  let digits = text.slice(start, end);
  let grouped = false;
  const marks = GROUP_MARKS[language];
  if (end - start <= 3) {
    const mark = text[end];
    if (mark !== undefined && marks.includes(mark) && isGroupOfThree(text, end + 1)) {
      while (text[end] === mark && isGroupOfThree(text, end + 1)) {
        digits += text.slice(end + 1, end + 4);
        end += 4;
      }
      grouped = true;
    }
  }
  const decimalMark = DECIMAL_MARKS[language];
  let fractionDigits = 0;
  if (text[end] === decimalMark && isDigitAt(text, end + 1)) {
    const fracEnd = scanWhile(text, end + 1, isDigitAt);
    fractionDigits = fracEnd - end - 1;
    digits += text.slice(end + 1, fracEnd);
    end = fracEnd;
  } else if (language === 'de' && !grouped && text[end] === '.' && isDigitAt(text, end + 1)) {
    // German text sometimes writes "1.5 Millionen"; a dot before exactly three digits was a group above.
    const fracEnd = scanWhile(text, end + 1, isDigitAt);
    if (text[fracEnd] !== '.') {
      fractionDigits = fracEnd - end - 1;
      digits += text.slice(end + 1, fracEnd);
      end = fracEnd;
    }
  }
  return { start, end, digits, fractionDigits, grouped };
}

/** The value of a digit number times `scale`, exact for decimals such as 1.1 million. */
export function scaleDigits(number: DigitNumber, scale = 1): number {
  return (Number(number.digits) * scale) / 10 ** number.fractionDigits;
}

/** True when the text right after a number continues with more digits we cannot read ("1.2.3", "10:30", "1/2"). */
export function hasTrailingDigits(text: string, end: number): boolean {
  const c = text[end];
  return (c === '.' || c === ',' || c === ':' || c === '/') && isDigitAt(text, end + 1);
}

/** End of a run of digits and in-number punctuation from `start` ("1.2.3", "10:30:00"). */
export function skipDigitJunk(text: string, start: number): number {
  let j = start;
  while (j < text.length && (isDigitAt(text, j) || (hasTrailingDigits(text, j) && !isSpaceAt(text, j)))) j++;
  return j;
}
