/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), without `Date`.
 * Algorithms after Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".
 */
import type { Weekday } from '@dealbrief/core';

/** A calendar day as numbers; `month` 1-12, `day` 1-31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Weekdays in ISO order, Monday first. */
export const WEEKDAYS_IN_ORDER: readonly Weekday[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** True for leap years of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` of `year`; with no year, February has 29 (a date may still be real). */
export function countDaysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the day exists: month 1-12, day within the month (Feb 29 only in leap years). */
export function isRealDate(month: number, day: number, year?: number): boolean {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12) return false;
  return day >= 1 && day <= countDaysInMonth(month, year);
}

/** Days since 1970-01-01 of a civil date (negative before it). */
export function toDayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (days since 1970-01-01). */
export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Weekday of a day number; 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): Weekday {
  return WEEKDAYS_IN_ORDER[((dayNumber % 7) + 7 + 3) % 7] ?? 'monday';
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Formats a civil date as YYYY-MM-DD (or YYYY-MM when `day` is left out). */
export function formatIsoDate(year: number, month: number, day?: number): string {
  const head = `${pad(year, 4)}-${pad(month, 2)}`;
  return day === undefined ? head : `${head}-${pad(day, 2)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The civil date of a real `YYYY-MM-DD` string, or null for anything else. */
export function readIsoDate(value: string): CivilDate | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(date.month, date.day, date.year) ? date : null;
}

/**
 * Day of the week of an ISO date `YYYY-MM-DD` (proleptic Gregorian): `weekdayOf('2025-10-31')` is
 * `'friday'`. Only the leading `YYYY-MM-DD` is read, so `2025-10-31T09:00Z` works too. Never throws:
 * a day past the month's end rolls over (`2025-02-30` is read as 2 March), and a string without a
 * leading `YYYY-MM-DD` gives the weekday of 1970-01-01 (`'thursday'`), so validate untrusted input first.
 */
export function weekdayOf(isoDate: string): Weekday {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return weekdayOfDayNumber(0);
  const year = Number(m[1]);
  const months = Number(m[2]) - 1;
  const date = { year: year + Math.floor(months / 12), month: (((months % 12) + 12) % 12) + 1, day: 1 };
  return weekdayOfDayNumber(toDayNumber(date) + Number(m[3]) - 1);
}
