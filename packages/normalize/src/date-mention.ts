import type { Weekday } from '@dealbrief/core';

/** A date or weekday expression found by `findDates`. */
export interface DateMention {
  /** UTF-16 index of the first character in the text passed in. */
  start: number;
  /** UTF-16 index just past the last character (half-open). */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /** Year as written; absent in partial dates ("Oct. 31", "31일", "31. Oktober"). */
  year?: number;
  /** Month 1-12 as written; absent when only a day ("31일", "the 31st") or weekday is stated. */
  month?: number;
  /** Day of the month as written. */
  day?: number;
  /** Weekday as written, alone ("on Friday", "am Freitag", "금요일") or beside a date ("Friday, Oct. 31"). */
  weekday?: Weekday;
  /** A day named relative to the reference date: "today"/"heute"/"오늘", "yesterday"/"gestern"/"어제", ... */
  relative?: 'today' | 'yesterday' | 'tomorrow';
  /** "last Friday"/"vergangenen Freitag"/"지난 31일" point back, "next Friday"/"오는 5일" ahead. */
  direction?: 'last' | 'next';
}

/** A mention before its text is cut out. */
export type DateParts = Omit<DateMention, 'text'>;
