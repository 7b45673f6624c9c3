/**
 * Words and signs around numbers that decide their kind: currencies, percent signs, month names,
 * rank words. Data only; Latin entries are lowercase and matched as whole words.
 */
import type { Language } from '@dealbrief/core';

/** Currency signs written before (or after) the amount, longest first. */
export const CURRENCY_SIGNS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'],
  ['U.S.$', 'USD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₩', 'KRW'],
  ['￦', 'KRW'],
];

/** ISO 4217 codes recognised before or after an amount ("USD 3 billion", "3 Mrd. EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(['USD', 'EUR', 'KRW', 'JPY', 'GBP', 'CNY']);

/** Currency words after the amount, per language, longest first. */
export const CURRENCY_WORDS: Readonly<Record<Language, ReadonlyArray<readonly [string, string]>>> = {
  en: [
    ['us dollars', 'USD'],
    ['u.s. dollars', 'USD'],
    ['dollars', 'USD'],
    ['dollar', 'USD'],
    ['euros', 'EUR'],
    ['euro', 'EUR'],
    ['won', 'KRW'],
    ['yen', 'JPY'],
    ['yuan', 'CNY'],
  ],
  de: [
    ['us-dollar', 'USD'],
    ['dollar', 'USD'],
    ['euro', 'EUR'],
    ['won', 'KRW'],
    ['yen', 'JPY'],
    ['yuan', 'CNY'],
  ],
  ko: [
    ['달러', 'USD'],
    ['불', 'USD'],
    ['유로', 'EUR'],
    ['위안', 'CNY'],
    ['원', 'KRW'],
    ['엔', 'JPY'],
  ],
};

/** Hangul that may follow a one-syllable Korean currency word (particles, "가량", "대", "씩"). */
export const KO_CURRENCY_FOLLOWERS = '은는이을를의에과와으로대씩어도만까부가쯤정';

/** Percent signs and words after the amount, per language, longest first. */
export const PERCENT_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: ['%p', '%', 'percentage points', 'percentage point', 'per cent', 'percent', 'pct'],
  de: ['%p', '%', 'prozentpunkte', 'prozentpunkten', 'prozentpunkt', 'prozent'],
  ko: ['%포인트', '%p', '%', '퍼센트포인트', '퍼센트', '프로'],
};

/** Month names and abbreviations (English and German), lowercase, without the full stop. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'januar',
  'jänner',
  'februar',
  'märz',
  'mai',
  'juni',
  'juli',
  'oktober',
  'dezember',
  'mär',
  'okt',
  'dez',
]);

/** Words before a number that make it a rank, not a count ("top three", "No. 1", "Nr. 1", "Platz 2"). */
export const RANK_WORDS_BEFORE: ReadonlySet<string> = new Set(['top', 'no', 'nr', 'number', 'rank', 'platz']);

/** English words before "one" that make it a pronoun ("no one", "the one"). */
export const PRONOUN_ONE_BEFORE: ReadonlySet<string> = new Set([
  'no',
  'any',
  'every',
  'the',
  'this',
  'that',
  'which',
]);

/** German nouns after "3." that make the number an ordinal ("3. Platz"). */
export const DE_ORDINAL_NOUNS: ReadonlySet<string> = new Set([
  'platz',
  'mal',
  'quartal',
  'jahrhundert',
  'jahrhunderts',
  'stelle',
  'runde',
  'auflage',
  'jahrestag',
  'generation',
  'klasse',
  'liga',
  'etage',
  'stock',
  'stufe',
  'phase',
]);

/** English ordinal suffixes glued to digits ("31st", "2nd"). */
export const EN_ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Korean words before "3대" that make it a rank ("세계 3대 AI 강국": the world's top three). */
export const KO_RANK_CONTEXT_BEFORE: readonly string[] = ['세계', '국내', '글로벌', '아시아', '전국'];

/** English words after a small number that make it a rank ("the three largest", "three leading firms"). */
export const EN_RANK_WORDS_AFTER: ReadonlySet<string> = new Set([
  'largest',
  'biggest',
  'greatest',
  'leading',
  'best',
  'richest',
  'strongest',
  'most',
  'top',
]);
