import type { Language } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';
import { resolveDate } from './resolve-date.js';

/** The first mention in `text`, resolved against `reference`. */
function resolveFirst(text: string, language: Language, reference?: string) {
  const mention = findDates(text, language)[0];
  if (!mention) throw new Error(`no date in ${text}`);
  return resolveDate(mention, reference);
}

const DAY = (date: string) => ({ date, precision: 'day' });
const PUBLISHED = '2025-11-03'; // a Monday

describe('resolveDate', () => {
  it.each([
    ['on Friday', 'en', DAY('2025-10-31')],
    ['am Freitag', 'de', DAY('2025-10-31')],
    ['금요일', 'ko', DAY('2025-10-31')],
    ['on Monday', 'en', DAY('2025-11-03')],
    ['last Monday', 'en', DAY('2025-10-27')],
    ['next Monday', 'en', DAY('2025-11-10')],
    ['next Friday', 'en', DAY('2025-11-07')],
    ['on Oct. 31', 'en', DAY('2025-10-31')],
    ['31일', 'ko', DAY('2025-10-31')],
    ['지난 31일', 'ko', DAY('2025-10-31')],
    ['오는 5일', 'ko', DAY('2025-11-05')],
    ['3일', 'ko', DAY('2025-11-03')],
    ['on the 7th', 'en', DAY('2025-11-07')],
    ['on the 11th', 'en', DAY('2025-10-11')],
    ['31. Oktober', 'de', DAY('2025-10-31')],
    ['3.11.', 'de', DAY('2025-11-03')],
    ['Dec. 24', 'en', DAY('2024-12-24')],
    ['Nov. 10', 'en', DAY('2025-11-10')],
    ['Nov. 11', 'en', DAY('2024-11-11')],
    ['Feb. 29', 'en', DAY('2024-02-29')],
    ['today', 'en', DAY('2025-11-03')],
    ['gestern', 'de', DAY('2025-11-02')],
    ['내일', 'ko', DAY('2025-11-04')],
    ['Friday, Oct. 31', 'en', DAY('2025-10-31')],
    ['2025-10-31', 'en', DAY('2025-10-31')],
    ['October 2025', 'en', { date: '2025-10', precision: 'month' }],
    ['2025년 10월', 'ko', { date: '2025-10', precision: 'month' }],
  ] as const)('%s (%s) → %o', (text, language, expected) => {
    expect(resolveFirst(text, language, PUBLISHED)).toEqual(expected);
  });

  it('reads 31일 in a month without a 31st as the last month that has one', () => {
    expect(resolveFirst('31일', 'ko', '2025-12-05')).toEqual(DAY('2025-10-31'));
    expect(resolveFirst('31일', 'ko', '2025-03-02')).toEqual(DAY('2025-01-31'));
  });

  it('crosses the year for a partial date early in January', () => {
    expect(resolveFirst('Dec. 31', 'en', '2026-01-02')).toEqual(DAY('2025-12-31'));
    expect(resolveFirst('Jan. 5', 'en', '2025-12-30')).toEqual(DAY('2026-01-05'));
  });

  it('resolves full dates and months without a reference', () => {
    expect(resolveFirst('October 31, 2025', 'en')).toEqual(DAY('2025-10-31'));
    expect(resolveFirst('2025. 10. 31.', 'ko')).toEqual(DAY('2025-10-31'));
    expect(resolveFirst('Oktober 2025', 'de')).toEqual({ date: '2025-10', precision: 'month' });
  });

  it('gives a weekday alone, or null, without a reference', () => {
    expect(resolveFirst('on Friday', 'en')).toEqual({ weekday: 'friday' });
    expect(resolveFirst('last Friday', 'en')).toEqual({ weekday: 'friday' });
    expect(resolveFirst('Oct. 31', 'en')).toBeNull();
    expect(resolveFirst('31일', 'ko')).toBeNull();
    expect(resolveFirst('today', 'en')).toBeNull();
    expect(resolveFirst('Friday, Oct. 31', 'en')).toBeNull();
  });

  it('treats an invalid reference as none and rejects impossible mentions', () => {
    expect(resolveFirst('Oct. 31', 'en', '2025-13-01')).toBeNull();
    expect(resolveFirst('on Friday', 'en', 'yesterday')).toEqual({ weekday: 'friday' });
    expect(resolveDate({ start: 0, end: 0, text: '', year: 2025, month: 2, day: 29 })).toBeNull();
    expect(resolveDate({ start: 0, end: 0, text: '', month: 4, day: 31 }, PUBLISHED)).toBeNull();
    expect(resolveDate({ start: 0, end: 0, text: '' }, PUBLISHED)).toBeNull();
  });
});
