import { CodePointIndex, type Dateline, type Language } from '@dealbrief/core';
import { type DateMention, findDates, resolveDate } from '@dealbrief/normalize';
import { detectLanguage } from './detect-language.js';
import { findLineLayout } from './segment-paragraphs.js';
import type { Utf16Range } from './text-ranges.js';

/** A dateline as UTF-16 range, with its text and ISO date. */
export interface DatelineRange extends Utf16Range {
  text: string;
  date: string;
}

/** How many non-blank lines from the top may hold a dateline of its own. */
const TOP_LINES = 5;
/** Longer lines are paragraphs, not a dateline line (which holds a date, labels, a weekday and a time). */
const MAX_DATELINE_LENGTH = 160;

/** Words that may stand beside a date on its line: labels, weekdays, times and time zones. */
const LINE_EXTRAS = new RegExp(
  '(?<![\\p{L}\\d])(?:' +
    [
      '(?:published|posted|updated|last updated|date|veröffentlicht|aktualisiert|stand|datum|입력|수정|등록|기사입력|송고)',
      '(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\.?',
      '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)',
      '[월화수목금토일]요일|\\([월화수목금토일]\\)',
      '\\d{1,2}:\\d{2}(?::\\d{2})?|[ap]\\.?m\\.?|uhr|오전|오후|kst|utc|gmt|cet|cest|mez|mesz|et|est|edt|pst|pdt',
    ].join('|') +
    ')(?![\\p{L}])',
  'giu',
);
const LEFTOVER_OK = /^[\s,.|:·()[\]\-–—/]*$/u;
/** What may come before a date at the start of a story: a place name in capitals and a comma. */
const PLACE_LEAD = /^(?:\p{Lu}[\p{L}\p{M}.'’ -]{0,40},\s*)?$/u;
/** ASCII digits: every day number `findDates` reads is written with them. */
const ASCII_DIGIT = /[0-9]/;
/** The dashes AGENCY_DASH ends with. */
const LEAD_DASH = /[-—–]/u;
/** What follows the date: an optional agency in parentheses, then a dash. */
const AGENCY_DASH = /^(\s*\([^()\n]{1,40}\))?\s*(?:--|—|–|-)/u;

/**
 * Calendar dates (month and day given) among the date mentions of `text`; weekdays alone are left out.
 * `findDates` reads every day number from ASCII digits ("Oct. 31", "31일", "the 31st", "3.11."), so a
 * text without a digit holds no calendar date and is not scanned.
 */
function findCalendarDates(text: string, language: Language): DateMention[] {
  if (!ASCII_DIGIT.test(text)) return [];
  return findDates(text, language).filter((d) => d.month !== undefined && d.day !== undefined);
}

/** The date as YYYY-MM-DD when the mention is a real full date, else undefined. */
function toIsoDay(date: DateMention): string | undefined {
  const resolved = resolveDate(date);
  return resolved !== null && 'date' in resolved && resolved.precision === 'day' ? resolved.date : undefined;
}

/** The year most often written in full dates of `text`, else its only year number, else undefined. */
export function inferYear(text: string, language: Language = 'en'): number | undefined {
  const counts = new Map<number, number>();
  for (const d of findCalendarDates(text, language)) {
    if (d.year !== undefined) counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
  }
  if (counts.size > 0) return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const years = new Set([...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((m) => Number(m[0])));
  return years.size === 1 ? [...years][0] : undefined;
}

function isDateAlone(line: string, date: DateMention): boolean {
  const rest = line.slice(0, date.start) + ' ' + line.slice(date.end);
  return LEFTOVER_OK.test(rest.replace(LINE_EXTRAS, ' '));
}

function findLineDateline(
  text: string,
  lines: readonly Utf16Range[],
  language: Language,
): DatelineRange | undefined {
  for (const line of lines.slice(0, TOP_LINES)) {
    // A date alone on its line (with labels, a weekday, a time) is short; a paragraph is not read for one.
    if (line.end - line.start > MAX_DATELINE_LENGTH) continue;
    const lineText = text.slice(line.start, line.end);
    const dates = findCalendarDates(lineText, language);
    const date = dates[0];
    if (dates.length !== 1 || date === undefined || date.year === undefined) continue;
    const iso = toIsoDay(date);
    if (iso === undefined || !isDateAlone(lineText, date)) continue;
    return { ...line, text: lineText, date: iso };
  }
  return undefined;
}

function findLeadDateline(
  text: string,
  paragraph: Utf16Range,
  language: Language,
): DatelineRange | undefined {
  const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120));
  // The lead ends in a dash (AGENCY_DASH): a head without one is not read for dates.
  if (!LEAD_DASH.test(head)) return undefined;
  const date = findCalendarDates(head, language)[0];
  if (date === undefined || !PLACE_LEAD.test(head.slice(0, date.start))) return undefined;
  const tail = AGENCY_DASH.exec(head.slice(date.end));
  if (tail === null) return undefined;
  const year = date.year ?? inferYear(text, language);
  const iso = year === undefined ? undefined : toIsoDay({ ...date, year });
  if (iso === undefined) return undefined;
  const end = paragraph.start + date.end + (tail[1]?.length ?? 0);
  return { start: paragraph.start, end, text: text.slice(paragraph.start, end), date: iso };
}

/**
 * Finds the dateline (UTF-16): a date standing alone on one of the first non-blank lines (labels,
 * weekdays and times may stand beside it), or a "SEOUL, Nov. 3 (Yonhap) --" lead at the start of the
 * first paragraph, whose missing year is taken from the full dates elsewhere in the text. Dates are read
 * by `findDates` of `@dealbrief/normalize` in `language` (detected from the text when not given), which
 * decides only digit forms such as "11/3/2025" (month first in English) and "3.11." (German).
 * `paragraphs` and `lines` are those `findLineLayout` gives for `text`.
 */
export function findDatelineRange(
  text: string,
  paragraphs: readonly Utf16Range[],
  lines: readonly Utf16Range[],
  language: Language = detectLanguage(text) ?? 'en',
): DatelineRange | undefined {
  const first = paragraphs[0];
  return (
    findLineDateline(text, lines, language) ??
    (first === undefined ? undefined : findLeadDateline(text, first, language))
  );
}

/**
 * The dateline of `text`, with code-point offsets, its text and its date as YYYY-MM-DD; undefined
 * when the text has none (or a lead date whose year cannot be found). `language` defaults to the
 * text's detected language.
 */
export function findDateline(text: string, language?: Language): Dateline | undefined {
  const { paragraphs, lines } = findLineLayout(text);
  const found = findDatelineRange(text, paragraphs, lines, language);
  if (found === undefined) return undefined;
  const index = new CodePointIndex(text);
  return { ...found, start: index.toCodePoint(found.start), end: index.toCodePoint(found.end) };
}
