/** The date forms the dateline relies on, read by `findDates` of `@dealbrief/normalize`. */
import { findDates, resolveDate } from '@dealbrief/normalize';
import { describe, expect, it } from 'vitest';

function iso(text: string): (string | undefined)[] {
  return findDates(text, 'en').map((d) => {
    if (d.year === undefined) return `${d.month}/${d.day}`;
    const resolved = resolveDate(d);
    return resolved !== null && 'date' in resolved ? resolved.date : undefined;
  });
}

describe('findDates', () => {
  it.each([
    ['Nov 03, 2025', '2025-11-03'],
    ['Nov. 3, 2025', '2025-11-03'],
    ['November 3, 2025', '2025-11-03'],
    ['3 November 2025', '2025-11-03'],
    ['3rd November 2025', '2025-11-03'],
    ['2025-11-03', '2025-11-03'],
    ['2025.11.03', '2025-11-03'],
    ['2025. 11. 3.', '2025-11-03'],
    ['2025/11/03', '2025-11-03'],
    ['3. November 2025', '2025-11-03'],
    ['31. Okt. 2025', '2025-10-31'],
    ['03.11.2025', '2025-11-03'],
    ['2025년 11월 3일', '2025-11-03'],
  ])('reads %s', (text, expected) => {
    expect(iso(`Stand: ${text} (KST)`)).toEqual([expected]);
  });

  it('reads dates without a year', () => {
    expect(iso('SEOUL, Nov. 3 (Yonhap) and 31. Oktober and 11월 3일')).toEqual(['11/3', '10/31', '11/3']);
  });

  it('rejects impossible dates and plain numbers', () => {
    expect(iso('Feb 30, 2025 and 2025-13-01 and 31.04.2025')).toEqual([]);
    expect(iso('260,000 GPUs and 50.000 units in 2025')).toEqual([]);
    expect(iso('Feb 29, 2024')).toEqual(['2024-02-29']);
    expect(iso('Feb 29, 2025')).toEqual([]);
  });

  it('reports where each date stands, in order', () => {
    const found = findDates('from 2025-10-31 to Nov 3, 2025', 'en');
    expect(found.map((d) => [d.start, d.text])).toEqual([
      [5, '2025-10-31'],
      [19, 'Nov 3, 2025'],
    ]);
  });
});

describe('findDates without digits', () => {
  it('finds no calendar date (month and day) in a text without an ASCII digit, as the dateline search assumes', () => {
    const texts = [
      'October thirty-first, the first of November and Friday, November the third',
      'Freitag, der dritte November; am ersten Oktober; heute, gestern, morgen',
      '시월 삼십일일 금요일, 오늘, 어제, 내일, 지난 금요일',
      'Oct. ３１, ３１일, 2025年十月',
      'last Friday, next Monday, today, Nov.',
    ];
    for (const text of texts) {
      for (const language of ['en', 'de', 'ko'] as const) {
        const calendar = findDates(text, language).filter(
          (d) => d.month !== undefined && d.day !== undefined,
        );
        expect(calendar, `${language}: ${text}`).toEqual([]);
      }
    }
  });
});
