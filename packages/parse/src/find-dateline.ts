import { CodePointIndex, type Dateline } from '@dealbrief/core';
import { type DateMatch, findDates, formatIsoDate } from './parse-date.js';
import { findParagraphRanges } from './segment-paragraphs.js';
import { splitTrimmedLines, type Utf16Range } from './text-ranges.js';

/** A dateline as UTF-16 range, with its text and ISO date. */
export interface DatelineRange extends Utf16Range {
  text: string;
  date: string;
}

/** How many non-blank lines from the top may hold a dateline of its own. */
const TOP_LINES = 5;

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
/** What follows the date: an optional agency in parentheses, then a dash. */
const AGENCY_DASH = /^(\s*\([^()\n]{1,40}\))?\s*(?:--|—|–|-)/u;

/** The year most often written in full dates of `text`, else its only year number, else undefined. */
export function inferYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const d of findDates(text)) {
    if (d.year !== undefined) counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
  }
  if (counts.size > 0) return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const years = new Set([...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((m) => Number(m[0])));
  return years.size === 1 ? [...years][0] : undefined;
}

function isDateAlone(line: string, date: DateMatch): boolean {
  const rest = line.slice(0, date.index) + ' ' + line.slice(date.index + date.text.length);
  return LEFTOVER_OK.test(rest.replace(LINE_EXTRAS, ' '));
}

function findLineDateline(text: string, lines: readonly Utf16Range[]): DatelineRange | undefined {
  for (const line of lines.slice(0, TOP_LINES)) {
    const lineText = text.slice(line.start, line.end);
    const dates = findDates(lineText);
    const date = dates[0];
    if (dates.length !== 1 || date === undefined || date.year === undefined) continue;
    if (!isDateAlone(lineText, date)) continue;
    return { ...line, text: lineText, date: formatIsoDate(date.year, date.month, date.day) };
  }
  return undefined;
}

function findLeadDateline(text: string, paragraph: Utf16Range): DatelineRange | undefined {
  const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120));
  const date = findDates(head)[0];
  if (date === undefined || !PLACE_LEAD.test(head.slice(0, date.index))) return undefined;
  const afterDate = date.index + date.text.length;
  const tail = AGENCY_DASH.exec(head.slice(afterDate));
  if (tail === null) return undefined;
  const year = date.year ?? inferYear(text);
  if (year === undefined) return undefined;
  const end = paragraph.start + afterDate + (tail[1]?.length ?? 0);
  return {
    start: paragraph.start,
    end,
    text: text.slice(paragraph.start, end),
    date: formatIsoDate(year, date.month, date.day),
  };
}

/**
 * Finds the dateline (UTF-16): a date standing alone on one of the first non-blank lines (labels,
 * weekdays and times may stand beside it), or a "SEOUL, Nov. 3 (Yonhap) --" lead at the start of the
 * first paragraph, whose missing year is taken from the full dates elsewhere in the text.
 */
export function findDatelineRange(
  text: string,
  paragraphs: readonly Utf16Range[],
  lines: readonly Utf16Range[] = splitTrimmedLines(text),
): DatelineRange | undefined {
  const first = paragraphs[0];
  return findLineDateline(text, lines) ?? (first === undefined ? undefined : findLeadDateline(text, first));
}

/**
 * The dateline of `text`, with code-point offsets, its text and its date as YYYY-MM-DD; undefined
 * when the text has none (or a lead date whose year cannot be found).
 */
export function findDateline(text: string): Dateline | undefined {
  const found = findDatelineRange(text, findParagraphRanges(text));
  if (found === undefined) return undefined;
  const index = new CodePointIndex(text);
  return { ...found, start: index.toCodePoint(found.start), end: index.toCodePoint(found.end) };
}
