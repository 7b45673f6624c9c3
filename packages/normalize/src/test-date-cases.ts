import type { Language } from '@dealbrief/core';
import { expect, it } from 'vitest';
import type { DateMention } from './date-mention.js';
import { findDates } from './find-dates.js';

/** A sentence and every mention `findDates` must find in it, written by `describeMention`. */
export type DateCase = readonly [sentence: string, ...expected: string[]];

function pad(value: number | undefined, width: number): string {
  return value === undefined ? '?'.repeat(width) : String(value).padStart(width, '0');
}

/** "Oct. 31 → ????-10-31", "Friday → friday", "지난 31일 → ????-??-31 last", "heute → today". */
export function describeMention(m: DateMention): string {
  const parts: string[] = [];
  if (m.year !== undefined || m.month !== undefined || m.day !== undefined)
    parts.push(`${pad(m.year, 4)}-${pad(m.month, 2)}-${pad(m.day, 2)}`);
  for (const extra of [m.weekday, m.relative, m.direction]) if (extra !== undefined) parts.push(extra);
  return `${m.text} → ${parts.join(' ')}`;
}

/** One test per case: the mentions found, in order, and that each `text` is its slice of the sentence. */
export function testDateCases(language: Language, cases: readonly DateCase[]): void {
  it.each(cases.map((c) => [c[0], c.slice(1)] as const))('%s', (sentence, expected) => {
    const found = findDates(sentence, language);
    expect(found.map(describeMention)).toEqual(expected);
    for (const m of found) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });
}
