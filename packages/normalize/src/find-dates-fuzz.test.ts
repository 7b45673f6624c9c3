import type { Language } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';
import { resolveDate } from './resolve-date.js';

/** Small deterministic PRNG (mulberry32) so failures can be replayed. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '0',
  '1',
  '3',
  '12',
  '31',
  '2025',
  '29',
  '.',
  ',',
  ' ',
  '\u00a0',
  '-',
  '/',
  ':',
  '(',
  ')',
  'Oct',
  'Oct.',
  'October',
  'Okt.',
  'Mai',
  'Friday',
  'Freitag',
  'Fri',
  'the',
  'st',
  'last',
  'Black',
  'heute',
  'morgen',
  'today',
  '년',
  '월',
  '일',
  '간',
  '금요일',
  '(금)',
  '지난',
  '오늘',
  '날',
  '매주',
  '\ud83d',
  '\udc4d',
  '\n',
];

describe('findDates on random text', () => {
  it('never throws, returns ordered non-overlapping slices, and resolves without throwing', () => {
    const random = createRandom(20251031);
    const languages: Language[] = ['en', 'de', 'ko'];
    for (let round = 0; round < 3000; round++) {
      const length = 1 + Math.floor(random() * 14);
      let text = '';
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(random() * PIECES.length)];
      const language = languages[round % 3] ?? 'en';
      const found = findDates(text, language);
      let last = 0;
      for (const m of found) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(text.slice(m.start, m.end)).toBe(m.text);
        last = m.end;
        resolveDate(m, '2025-11-03');
        resolveDate(m);
      }
    }
  });

  it('scans long repetitive input (digits, dots, month names, Hangul) in one pass', () => {
    for (const unit of ['1.', '31 ', 'Oct. ', '31일', '2025-', 'Friday, ', '1/1/', '지난 ']) {
      const text = unit.repeat(20000);
      expect(() => findDates(text, 'de')).not.toThrow();
    }
  });
});
