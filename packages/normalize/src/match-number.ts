import type { Language } from '@dealbrief/core';
import { isDigitAt, isHangulAt, isLatinAt, isLatinOrDigitAt, readLatinWord } from './char-class.js';
import { classifyNumber, type NumberShape } from './classify-number.js';
import type { NumberKind, NumberMention } from './number-kind.js';
import { findAcronymBefore, readModelToken, readNumericDate, readPhone } from './read-digit-forms.js';
import { hasTrailingDigits, readDigits, scaleDigits, skipDigitJunk } from './read-digits.js';
import { readEnglishWords } from './read-english-words.js';
import { readGermanWords } from './read-german-words.js';
import { readKoreanNative, readKoreanNumber } from './read-korean-number.js';
import { readScaleAfter } from './read-scale.js';
import { readCurrencyAfter, readCurrencyBefore, readPercentAfter } from './read-unit-words.js';
import { EN_ORDINAL_SUFFIXES } from './unit-words.js';

/*
 * Reading one number expression at a position: digits with their scale, currency and unit, numbers in
 * words, Korean numbers, phones, numeric dates and model names. {@link matchAt} is what the scan in
 * find-numbers.ts asks at every place a number may start.
 */

function mention(text: string, start: number, end: number, value: number, kind: NumberKind): NumberMention {
  return { start, end, text: text.slice(start, end), value, kind };
}

/** A phone number `text[start, end)`, valued by its digits. */
function phoneMention(text: string, start: number, end: number): NumberMention {
  return mention(text, start, end, Number(text.slice(start, end).replace(/\D/g, '')), 'phone');
}

/** A money mention; built field by field (an object spread is slow on this hot path). */
function money(text: string, start: number, end: number, value: number, currency: string): NumberMention {
  return { start, end, text: text.slice(start, end), value, kind: 'money', currency };
}

/** A {@link NumberShape} with every field in one order. */
function numberShape(
  start: number,
  end: number,
  value: number,
  plainDigits: boolean,
  grouped: boolean,
  ordinal: boolean,
): NumberShape {
  return { start, end, value, plainDigits, grouped, ordinal };
}

/** Adds the money or percent reading after a number, else classifies it. */
function finish(
  text: string,
  shape: NumberShape,
  language: Language,
  prefix: { start: number; currency: string } | null,
): NumberMention {
  if (prefix) {
    return money(text, prefix.start, shape.end, shape.value, prefix.currency);
  }
  const percent = readPercentAfter(text, shape.end, language);
  if (percent > 0) return mention(text, shape.start, percent, shape.value, 'percent');
  const currency = readCurrencyAfter(text, shape.end, language);
  if (currency) {
    return money(text, shape.start, currency.end, shape.value, currency.currency);
  }
  return mention(text, shape.start, shape.end, shape.value, classifyNumber(text, shape, language));
}

/** Reads the number led by digits at `i`; `prefix` is a currency sign read before it. */
function matchDigits(
  text: string,
  i: number,
  language: Language,
  prefix: { start: number; currency: string } | null,
): NumberMention | null {
  if (!prefix) {
    const phone = readPhone(text, i);
    if (phone > 0) return phoneMention(text, i, phone);
    const date = readNumericDate(text, i, language);
    if (date) return mention(text, i, date.end, date.day, 'date');
  }
  const korean = readKoreanNumber(text, i, language);
  if (korean) {
    return finish(text, numberShape(i, korean.end, korean.value, false, false, false), language, prefix);
  }
  const digits = readDigits(text, i, language);
  if (!digits) return null;
  if (hasTrailingDigits(text, digits.end)) {
    const end = skipDigitJunk(text, digits.end);
    return mention(text, i, end, scaleDigits(digits), 'other');
  }
  const shape = numberShape(i, digits.end, scaleDigits(digits), true, digits.grouped, false);
  const scale = readScaleAfter(text, digits.end, language, prefix !== null);
  if (scale)
    return finish(
      text,
      numberShape(i, scale.end, scaleDigits(digits, scale.scale), false, shape.grouped, false),
      language,
      prefix,
    );
  const glued = readLatinWord(text, digits.end);
  if (glued && !prefix) {
    if (language === 'en' && EN_ORDINAL_SUFFIXES.has(glued.word) && Number.isInteger(shape.value)) {
      return finish(text, numberShape(i, glued.end, shape.value, false, shape.grouped, true), language, null);
    }
    const upper = /[A-Z]/.test(text.slice(digits.end, glued.end));
    return mention(text, i, upper ? glued.end : digits.end, shape.value, upper ? 'model' : 'other');
  }
  const result = finish(text, shape, language, prefix);
  if (result.kind === 'count' && !digits.grouped && digits.fractionDigits === 0 && digits.end - i >= 2) {
    const acronym = findAcronymBefore(text, i);
    if (acronym >= 0 && digits.end - i <= 5) return mention(text, acronym, digits.end, shape.value, 'model');
  }
  return result;
}

/** Reads a number led by words at `i` (a word start) in the language. */
function matchWords(text: string, i: number, language: Language): NumberMention | null {
  if (isLatinAt(text, i)) {
    const model = readModelToken(text, i);
    if (model) return mention(text, model.start, model.end, model.value, model.kind);
    const read =
      language === 'en' ? readEnglishWords(text, i) : language === 'de' ? readGermanWords(text, i) : null;
    if (!read) return null;
    return finish(
      text,
      numberShape(read.start, read.end, read.value, false, false, read.ordinal),
      language,
      null,
    );
  }
  if (language !== 'ko' || !isHangulAt(text, i)) return null;
  const sino = readKoreanNumber(text, i, language);
  if (sino) {
    return finish(text, numberShape(i, sino.end, sino.value, false, false, false), language, null);
  }
  const native = readKoreanNative(text, i);
  if (!native) return null;
  const ordinal = native.counter.endsWith('째') || text[i] === '첫';
  return mention(text, native.start, native.end, native.value, ordinal ? 'ordinal' : 'count');
}

/** The number mention starting at `i`, or null. */
export function matchAt(text: string, i: number, language: Language): NumberMention | null {
  const afterWord = isLatinOrDigitAt(text, i - 1);
  if (!afterWord) {
    const currency = readCurrencyBefore(text, i);
    if (currency && isDigitAt(text, currency.end)) {
      const money = matchDigits(text, currency.end, language, { start: i, currency: currency.currency });
      if (money) return money;
    }
  }
  const c = text[i];
  if ((c === '+' || c === '(') && isDigitAt(text, i + 1) && !afterWord) {
    const phone = readPhone(text, i);
    return phone > 0 ? phoneMention(text, i, phone) : null;
  }
  if (isDigitAt(text, i)) return afterWord ? null : matchDigits(text, i, language, null);
  if (afterWord || (isHangulAt(text, i) && i > 0 && isHangulAt(text, i - 1))) return null;
  return matchWords(text, i, language);
}
