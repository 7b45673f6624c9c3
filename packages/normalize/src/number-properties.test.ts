import type { Language } from '@dealbrief/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers.js';
import { findQualifier } from './find-qualifier.js';
import { parseNumber } from './parse-number.js';

/** Fixed seed so a failure replays; fast-check prints the counterexample and its path. */
const RUN = { seed: 42, numRuns: 300 } as const;

const LANGUAGES: readonly Language[] = ['en', 'de', 'ko'];

/** Pieces that hit the readers' edge cases: digits, separators of all three languages, Hangul units and words. */
const PIECES = [
  '0',
  '1',
  '26',
  '260',
  '000',
  ',',
  '.',
  ' ',
  '\u00a0',
  '\u202f',
  '\u2009',
  '-',
  '\u2011',
  '+',
  '(',
  '$',
  '€',
  '%',
  ':',
  '/',
  '만',
  '억',
  '조',
  '천',
  '백',
  '십',
  '이',
  '육',
  '원',
  '개',
  '명',
  '년',
  '여',
  '이상',
  '세 ',
  'million',
  'Mio.',
  'Millionen',
  'a quarter-',
  'half',
  'Oct.',
  'RTX',
  '😀',
  '\u0301',
  '\r\n',
] as const;

/** Random text: full Unicode (astral included), or a mix of digit/punctuation/Hangul pieces and stray code points. */
const textArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...PIECES) },
        fc.string({ unit: 'binary', maxLength: 2 }),
      ),
      {
        maxLength: 40,
      },
    )
    .map((parts) => parts.join('')),
);

describe('number parsing on arbitrary text', () => {
  it('never throws, and every mention and qualifier slices to its text', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom(...LANGUAGES), (text, language) => {
        const mentions = findNumbers(text, language);
        let last = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(Number.isFinite(m.value)).toBe(true);
          last = m.end;
          const q = findQualifier(text, m, language);
          expect(text.slice(q.start, q.end)).toBe(q.text);
        }
        const value = parseNumber(text, language);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
      RUN,
    );
  });

  it('findQualifier never throws on arbitrary (even nonsensical) spans', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.constantFrom(...LANGUAGES),
        fc.integer({ min: -5, max: 80 }),
        fc.integer({ min: -5, max: 80 }),
        (text, language, start, end) => {
          const q = findQualifier(text, { start, end }, language);
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(q.start, q.end)).toBe(q.text);
        },
      ),
      RUN,
    );
  });
});

// ---- formatters: how each language writes a number --------------------------------------------

/** Groups the digits of a non-negative integer in threes with `mark`: 1234567 → "1,234,567". */
function groupThrees(n: number, mark: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, mark);
}

/** Splits a value with at most two decimals into its integer and its fraction digits ("" when whole). */
function splitDecimal(cents: number, places: 0 | 1 | 2): { int: number; frac: string } {
  const scale = 10 ** places;
  const int = Math.floor(cents / scale);
  const frac = places === 0 ? '' : String(cents % scale).padStart(places, '0');
  return { int, frac };
}

/** English: "1,234,567", "1234567", "1,234.5", "0.05". */
function formatEnglish(cents: number, places: 0 | 1 | 2, grouped: boolean): string {
  const { int, frac } = splitDecimal(cents, places);
  const head = grouped ? groupThrees(int, ',') : String(int);
  return frac === '' ? head : `${head}.${frac}`;
}

const GERMAN_MARKS = ['', '.', ' ', '\u00a0', '\u202f'] as const;

/** German: "1.234.567", "1 234 567" (also NBSP, U+202F), "1234567", "1,5", "1.234,56". */
function formatGerman(cents: number, places: 0 | 1 | 2, mark: (typeof GERMAN_MARKS)[number]): string {
  const { int, frac } = splitDecimal(cents, places);
  const head = mark === '' ? String(int) : groupThrees(int, mark);
  return frac === '' ? head : `${head},${frac}`;
}

/** How a Korean group of four digits (1..9999) is written: "2000", "2천", "2천5백". */
type GroupStyle = 'digits' | 'units';

function formatKoreanGroup(group: number, style: GroupStyle): string {
  if (style === 'digits' || group === 0 || group % 100 !== 0) return String(group);
  const thousands = Math.floor(group / 1000);
  const hundreds = Math.floor(group / 100) % 10;
  return (thousands > 0 ? `${thousands}천` : '') + (hundreds > 0 ? `${hundreds}백` : '');
}

const KOREAN_UNITS = [
  [1e12, '조'],
  [1e8, '억'],
  [1e4, '만'],
] as const;

/**
 * Korean with myriad units: "26만", "6만 5천", "1억 2000만", "6만5000", "14조8000억". Groups are joined
 * with a space or nothing; a last group written in bare digits is glued ("6만5000"), since a space
 * followed by bare digits ends the number ("26만 2025년").
 */
function formatKorean(n: number, styles: readonly GroupStyle[], spaced: readonly boolean[]): string {
  let rest = n;
  let out = '';
  let k = 0;
  for (const [size, unit] of KOREAN_UNITS) {
    const group = Math.floor(rest / size);
    rest -= group * size;
    if (group === 0) continue;
    const sep = out === '' || !spaced[k] ? '' : ' ';
    out += sep + formatKoreanGroup(group, styles[k] ?? 'digits') + unit;
    k++;
  }
  if (rest > 0 || out === '') {
    const piece = formatKoreanGroup(rest, styles[k] ?? 'digits');
    const bare = !/[천백]$/.test(piece);
    out += (out === '' || bare || !spaced[k] ? '' : ' ') + piece;
  }
  return out;
}

/** The kind a lone number gets: a bare four-digit 1900..2100 is read as a year, everything else a count. */
function expectedKind(formatted: string, value: number): 'year' | 'count' {
  return /^\d{4}$/.test(formatted) && value >= 1900 && value <= 2100 ? 'year' : 'count';
}

function expectRoundTrip(formatted: string, value: number, language: Language): void {
  expect(parseNumber(formatted, language)).toBe(value);
  const mentions = findNumbers(formatted, language);
  expect(mentions).toHaveLength(1);
  expect(mentions[0]).toMatchObject({
    start: 0,
    end: formatted.length,
    value,
    kind: expectedKind(formatted, value),
  });
}

/** Integers weighted towards the small and the round, up to 10^15 (where Korean needs 조). */
const integerArb = fc.oneof(
  fc.nat(10_000),
  fc.integer({ min: 0, max: 999_999_999 }),
  fc.integer({ min: 0, max: 999_999_999_999_999 }),
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(100, 1000, 10_000, 1e6, 1e8, 1e12))
    .map(([a, b]) => a * b),
);

/** A value with 0, 1 or 2 decimals, as integer hundredths/tenths/units plus the number of places. */
const decimalArb = fc.record({
  scaled: fc.oneof(fc.nat(1000), fc.integer({ min: 0, max: 9_999_999_999_999 })),
  places: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
});

const decimalValue = (scaled: number, places: number): number => scaled / 10 ** places;

describe('formatted numbers round-trip through parseNumber and findNumbers', () => {
  it('English "1,234,567", "1234567", "1,234.56"', () => {
    fc.assert(
      fc.property(decimalArb, fc.boolean(), ({ scaled, places }, grouped) => {
        expectRoundTrip(formatEnglish(scaled, places, grouped), decimalValue(scaled, places), 'en');
      }),
      RUN,
    );
  });

  it('German "1.234.567", "1 234 567" (also NBSP and U+202F), "1,5"', () => {
    fc.assert(
      fc.property(decimalArb, fc.constantFrom(...GERMAN_MARKS), ({ scaled, places }, mark) => {
        expectRoundTrip(formatGerman(scaled, places, mark), decimalValue(scaled, places), 'de');
      }),
      RUN,
    );
  });

  it('Korean "26만", "6만 5천", "1억 2000만", "14조8000억"', () => {
    const styles = fc.array(fc.constantFrom<GroupStyle>('digits', 'units'), { minLength: 4, maxLength: 4 });
    const spaced = fc.array(fc.boolean(), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(integerArb, styles, spaced, (n, s, sp) => {
        expectRoundTrip(formatKorean(n, s, sp), n, 'ko');
      }),
      RUN,
    );
  });

  it('the formatters write the forms the issue names', () => {
    expect(formatEnglish(1234567, 0, true)).toBe('1,234,567');
    expect(formatGerman(1234567, 0, '.')).toBe('1.234.567');
    expect(formatGerman(15, 1, '.')).toBe('1,5');
    expect(formatKorean(260000, ['digits'], [false])).toBe('26만');
    expect(formatKorean(65000, ['digits', 'units'], [false, true])).toBe('6만 5천');
    expect(formatKorean(120000000, ['digits', 'digits'], [false, true])).toBe('1억 2000만');
  });
});
