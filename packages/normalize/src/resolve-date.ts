import type { Weekday } from '@dealbrief/core';
import {
  type CivilDate,
  formatIsoDate,
  fromDayNumber,
  isRealDate,
  readIsoDate,
  toDayNumber,
  WEEKDAYS_IN_ORDER,
  weekdayOfDayNumber,
} from './calendar.js';
import type { DateMention } from './date-mention.js';

/** What `resolveDate` gives: a date with its precision, or a weekday alone. */
export type ResolvedDate = { date: string; precision: 'day' | 'month' | 'year' } | { weekday: Weekday };

/** How far after the reference a partial date may lie (an article announcing next week's event). */
const LOOK_AHEAD_DAYS = 7;

function day(dayNumber: number): ResolvedDate {
  const { year, month, day } = fromDayNumber(dayNumber);
  return { date: formatIsoDate(year, month, day), precision: 'day' };
}

/**
 * The day numbers a partial date may fall on, by direction: with no direction or "last", the latest
 * day up to `bound`; with "next", the earliest from `bound` on. One shape for every direction, so the
 * code that reads it sees one kind of object.
 */
interface DayWindow {
  bound: number;
  takeLatest: boolean;
}

function windowOf(mention: DateMention, reference: number): DayWindow {
  if (mention.direction === 'next') return { bound: reference + 1, takeLatest: false };
  return {
    bound: mention.direction === 'last' ? reference - 1 : reference + LOOK_AHEAD_DAYS,
    takeLatest: true,
  };
}

/**
 * `best`, or the day `year`-`month`-`dayOfMonth` when it is real, inside the window and later (or earlier,
 * see {@link DayWindow}) than `best`. The resolvers below loop over their candidates with it instead of
 * building arrays of candidate objects.
 */
function pick(
  best: number | null,
  year: number,
  month: number,
  dayOfMonth: number,
  window: DayWindow,
): number | null {
  if (!isRealDate(month, dayOfMonth, year)) return best;
  const n = toDayNumber({ year, month, day: dayOfMonth });
  if (window.takeLatest) return n <= window.bound && (best === null || n > best) ? n : best;
  return n >= window.bound && (best === null || n < best) ? n : best;
}

/** Month and day without a year: the years around the reference (nine back for 29 February). */
function resolveMonthDay(month: number, dayOfMonth: number, reference: CivilDate, mention: DateMention) {
  const window = windowOf(mention, toDayNumber(reference));
  let best: number | null = null;
  for (let k = 0; k < 11; k++) best = pick(best, reference.year + 1 - k, month, dayOfMonth, window);
  return best === null ? null : day(best);
}

/** Day of the month alone ("31일", "the 31st"): the months around the reference. */
function resolveDayOnly(dayOfMonth: number, reference: CivilDate, mention: DateMention) {
  const base = reference.year * 12 + reference.month - 1;
  const window = windowOf(mention, toDayNumber(reference));
  let best: number | null = null;
  for (let k = 0; k < 15; k++) {
    const m = base + 1 - k;
    best = pick(best, Math.floor(m / 12), (m % 12) + 1, dayOfMonth, window);
  }
  return best === null ? null : day(best);
}

/** Weekday alone: the latest such day on or before the reference (strictly before for "last", after for "next"). */
function resolveWeekday(
  weekday: Weekday,
  reference: number,
  direction: DateMention['direction'],
): ResolvedDate {
  const target = WEEKDAYS_IN_ORDER.indexOf(weekday);
  const current = WEEKDAYS_IN_ORDER.indexOf(weekdayOfDayNumber(reference));
  if (direction === 'next') return day(reference + (((target - current + 6) % 7) + 1));
  const back = (current - target + 7) % 7;
  return day(reference - (back === 0 && direction === 'last' ? 7 : back));
}

/**
 * Resolves a mention against a reference date (the publication date, `YYYY-MM-DD`):
 * a full date gives `{ date: 'YYYY-MM-DD', precision: 'day' }`; a month of a year gives
 * `{ date: 'YYYY-MM', precision: 'month' }`; a partial date takes the latest year (or month, for a day
 * alone) that puts it no later than the reference + 7 days; a weekday alone is the latest such day on
 * or before the reference; "today"/"yesterday"/"tomorrow" are the reference ± 1. "last" moves a
 * partial date or weekday strictly before the reference, "next" strictly after it. Without a (valid)
 * reference, full dates and months still resolve, a weekday alone gives `{ weekday }`, and partial or
 * relative dates give null. Impossible dates (31 April, 29 February 2025) give null. Never throws.
 */
export function resolveDate(mention: DateMention, reference?: string): ResolvedDate | null {
  const { year, month, day: dayOfMonth, weekday, relative } = mention;
  if (year !== undefined && month !== undefined) {
    if (dayOfMonth === undefined)
      return month >= 1 && month <= 12 ? { date: formatIsoDate(year, month), precision: 'month' } : null;
    return isRealDate(month, dayOfMonth, year) ? day(toDayNumber({ year, month, day: dayOfMonth })) : null;
  }
  const ref = reference === undefined ? null : readIsoDate(reference);
  if (ref === null) {
    return relative === undefined && dayOfMonth === undefined && weekday !== undefined ? { weekday } : null;
  }
  const refDay = toDayNumber(ref);
  if (relative !== undefined)
    return day(refDay + (relative === 'today' ? 0 : relative === 'yesterday' ? -1 : 1));
  if (month !== undefined && dayOfMonth !== undefined)
    return resolveMonthDay(month, dayOfMonth, ref, mention);
  if (dayOfMonth !== undefined) return resolveDayOnly(dayOfMonth, ref, mention);
  if (weekday !== undefined) return resolveWeekday(weekday, refDay, mention.direction);
  return null;
}
