import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number.js';

type Case = readonly [string, number | null];

const ENGLISH: Case[] = [
  ['260,000', 260000],
  ['260000', 260000],
  ['1,234,567', 1234567],
  ['1,234.5', 1234.5],
  ['0.75', 0.75],
  ['260-thousand', 260000],
  ['260 thousand', 260000],
  ['260k', 260000],
  ['260K', 260000],
  ['1.5 million', 1500000],
  ['1.1 million', 1100000],
  ['2 billion', 2e9],
  ['3 trillion', 3e12],
  ['5bn', 5e9],
  ['$5 trillion', 5e12],
  ['US$3bn', 3e9],
  ['$1.5m', 1.5e6],
  ['5 trillion dollars', 5e12],
  ['USD 3 billion', 3e9],
  ['a quarter-million', 250000],
  ['a quarter\u2011million', 250000],
  ['a\u00a0quarter\u2011million', 250000],
  ['a quarter of a million', 250000],
  ['half a million', 500000],
  ['a half-million', 500000],
  ['half a billion', 5e8],
  ['two hundred sixty thousand', 260000],
  ['two hundred and sixty thousand', 260000],
  ['Two Hundred Sixty Thousand', 260000],
  ['twenty-six thousand', 26000],
  ['fifty thousand', 50000],
  ['one million two hundred thousand', 1200000],
  ['a hundred', 100],
  ['a thousand', 1000],
  ['a dozen', 12],
  ['two dozen', 24],
  ['three', 3],
  ['nineteen hundred', 1900],
  ['5%', 5],
  ['5 percent', 5],
  ['third', 3],
  ['twenty-first', 21],
  ['21st', 21],
  ['  260,000\u00a0', 260000],
  // not exactly one number
  ['', null],
  ['   ', null],
  ['GPUs', null],
  ['a', null],
  ['half', null],
  ['a quarter', null],
  ['hundreds', null],
  ['thousands of GPUs', null],
  ['260,000 GPUs', null],
  ['1 2', null],
  ['1,5', null],
  ['1.5m', null],
  ['someone', null],
  ['B200', null],
  ['02-1234-5678', null],
  ['10:30', null],
  ['2025-10-31', null],
];

const GERMAN: Case[] = [
  ['260.000', 260000],
  ['260 000', 260000],
  ['260\u00a0000', 260000],
  ['260\u202f000', 260000],
  ['1.234.567', 1234567],
  ['260000', 260000],
  ['1,5', 1.5],
  ['1,500', 1.5],
  ['1.234,5', 1234.5],
  ['250 Tausend', 250000],
  ['1,5 Millionen', 1500000],
  ['1,5 Mio.', 1500000],
  ['1,5 Mio', 1500000],
  ['2 Mrd.', 2e9],
  ['2 Milliarden', 2e9],
  ['5 Billionen', 5e12],
  ['3 Bio.', 3e12],
  ['€2 Mrd.', 2e9],
  ['2 Mrd. Euro', 2e9],
  ['5 Billionen US-Dollar', 5e12],
  ['eine Viertelmillion', 250000],
  ['Viertelmillion', 250000],
  ['eine halbe Million', 500000],
  ['eine Million', 1e6],
  ['eineinhalb Millionen', 1.5e6],
  ['anderthalb Milliarden', 1.5e9],
  ['drei Millionen', 3e6],
  ['fünfzigtausend', 50000],
  ['zweihundertsechzigtausend', 260000],
  ['sechsundzwanzig', 26],
  ['einundzwanzig', 21],
  ['einhundert', 100],
  ['eintausend', 1000],
  ['hunderttausend', 100000],
  ['zweitausendfünfhundert', 2500],
  ['zwölf', 12],
  ['drei', 3],
  ['Drei', 3],
  ['ein Dutzend', 12],
  ['dritte', 3],
  ['zwanzigsten', 20],
  ['5 Prozent', 5],
  // not exactly one number
  ['ein', null],
  ['eine', null],
  ['ein Plan', null],
  ['Hunderte', null],
  ['Tausende', null],
  ['und', null],
  ['beste', null],
  ['Kosten', null],
  ['zweizwei', null],
  ['achtung', null],
  ['31.10.2025', null],
];

const KOREAN: Case[] = [
  ['26만', 260000],
  ['5만', 50000],
  ['6만 5천', 65000],
  ['6만5000', 65000],
  ['2만5천', 25000],
  ['5천', 5000],
  ['3백', 300],
  ['5천만', 5e7],
  ['1,000만', 1e7],
  ['1.5조', 1.5e12],
  ['2.5만', 25000],
  ['14조', 1.4e13],
  ['14조 8000억', 1.48e13],
  ['14조 원', 1.4e13],
  ['14조원', 1.4e13],
  ['14조8000억 원', 1.48e13],
  ['3억 달러', 3e8],
  ['3억달러', 3e8],
  ['이십육만', 260000],
  ['오만', 50000],
  ['십만', 100000],
  ['삼천오백', 3500],
  ['사천만', 4e7],
  ['이십만 오천', 205000],
  ['260,000', 260000],
  ['260000', 260000],
  ['5%', 5],
  ['5퍼센트', 5],
  ['5%p', 5],
  ['2030년', null],
  ['31일', null],
  ['만', null],
  ['천', null],
  ['이천', null],
  ['구조', null],
  ['삼성', null],
  ['이번', null],
  ['오만하다', null],
  ['26만 장', null],
  ['약 5만', null],
];

describe('parseNumber', () => {
  it.each(ENGLISH)('en %j → %j', (text, expected) => {
    expect(parseNumber(text, 'en')).toBe(expected);
  });
  it.each(GERMAN)('de %j → %j', (text, expected) => {
    expect(parseNumber(text, 'de')).toBe(expected);
  });
  it.each(KOREAN)('ko %j → %j', (text, expected) => {
    expect(parseNumber(text, 'ko')).toBe(expected);
  });

  it('lets the language decide the decimal mark', () => {
    expect(parseNumber('1,500', 'en')).toBe(1500);
    expect(parseNumber('1,500', 'de')).toBe(1.5);
    expect(parseNumber('1.500', 'de')).toBe(1500);
    expect(parseNumber('1.5', 'en')).toBe(1.5);
    expect(parseNumber('1.5', 'de')).toBe(1.5);
    expect(parseNumber('Billion', 'de')).toBeNull();
    expect(parseNumber('1 Billion', 'de')).toBe(1e12);
    expect(parseNumber('1 billion', 'en')).toBe(1e9);
  });

  it('reads years as numbers and only English words in English', () => {
    expect(parseNumber('2025', 'en')).toBe(2025);
    expect(parseNumber('drei', 'en')).toBeNull();
    expect(parseNumber('three', 'de')).toBeNull();
    expect(parseNumber('이십육만', 'en')).toBeNull();
  });
});
