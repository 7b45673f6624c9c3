import { describe, expect, it } from 'vitest';
import { fromDayNumber, isRealDate, toDayNumber, weekdayOf } from './calendar.js';

describe('weekdayOf', () => {
  it.each([
    ['2025-10-31', 'friday'],
    ['2025-11-03', 'monday'],
    ['1970-01-01', 'thursday'],
    ['2000-02-29', 'tuesday'],
    ['1900-01-01', 'monday'],
    ['2024-12-31', 'tuesday'],
    ['1582-10-15', 'friday'],
    ['0001-01-01', 'monday'],
    ['2025-10-31T09:00:00Z', 'friday'],
  ])('%s is a %s', (iso, weekday) => {
    expect(weekdayOf(iso)).toBe(weekday);
  });

  it('rolls over days past the month and never throws', () => {
    expect(weekdayOf('2025-02-29')).toBe(weekdayOf('2025-03-01'));
    expect(weekdayOf('2025-00-31')).toBe(weekdayOf('2024-12-31'));
    expect(weekdayOf('not a date')).toBe('thursday');
    expect(weekdayOf('')).toBe('thursday');
  });
});

describe('day numbers', () => {
  it('round-trips every day from 1899 to 2101', () => {
    for (let n = toDayNumber({ year: 1899, month: 1, day: 1 }); n < 48000; n += 1) {
      expect(toDayNumber(fromDayNumber(n))).toBe(n);
    }
  });

  it('knows real dates', () => {
    expect(isRealDate(2, 29, 2024)).toBe(true);
    expect(isRealDate(2, 29, 2025)).toBe(false);
    expect(isRealDate(2, 29, 1900)).toBe(false);
    expect(isRealDate(2, 29)).toBe(true);
    expect(isRealDate(2, 30)).toBe(false);
    expect(isRealDate(4, 31)).toBe(false);
    expect(isRealDate(13, 1)).toBe(false);
    expect(isRealDate(0, 1)).toBe(false);
  });
});
