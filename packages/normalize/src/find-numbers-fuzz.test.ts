import type { Language } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers.js';
import { findQualifier } from './find-qualifier.js';
import { parseNumber } from './parse-number.js';

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
  '5',
  '9',
  '26',
  '260',
  ',',
  '.',
  ' ',
  '\u00a0',
  '\u202f',
  '-',
  '\u2011',
  '+',
  '(',
  ')',
  '$',
  '€',
  '%',
  '/',
  ':',
  '@',
  '#',
  'a ',
  'quarter',
  'half',
  'million',
  'of ',
  'two',
  'hundred',
  'and',
  'one',
  'k',
  'bn',
  'm',
  'Mrd.',
  'Millionen',
  'eine ',
  'halbe',
  'drei',
  'tausend',
  'zig',
  'und',
  'te',
  '만',
  '억',
  '조',
  '천',
  '이',
  '오',
  '십',
  '원',
  '달러',
  '여',
  '이상',
  '약',
  '최대',
  ' 장',
  '일',
  '년',
  '월',
  'Oct.',
  'B',
  'RTX',
  '😀',
  '\n',
  'é',
  'ß',
];

function randomText(random: () => number, length: number): string {
  let out = '';
  for (let k = 0; k < length; k++) {
    if (random() < 0.15) out += String.fromCharCode(Math.floor(random() * 0xffff));
    else out += PIECES[Math.floor(random() * PIECES.length)];
  }
  return out;
}

const LANGUAGES: Language[] = ['en', 'de', 'ko'];

describe('findNumbers and findQualifier on random input', () => {
  it('never throw and return ordered, non-overlapping mentions whose text is their slice', () => {
    const random = createRandom(20251031);
    for (let round = 0; round < 1500; round++) {
      const text = randomText(random, 1 + Math.floor(random() * 40));
      for (const language of LANGUAGES) {
        const mentions = findNumbers(text, language);
        let last = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(Number.isFinite(m.value)).toBe(true);
          last = m.end;
          const q = findQualifier(text, m, language);
          expect(text.slice(q.start, q.end)).toBe(q.text);
        }
        parseNumber(text, language);
      }
    }
  });

  // Catastrophic backtracking would hang here; speed itself is measured by the benchmarks, not asserted.
  it('finishes on long adversarial inputs with consistent spans', () => {
    const nasty = [
      '1,'.repeat(20000),
      '+1 '.repeat(20000),
      'a '.repeat(20000),
      'one '.repeat(20000),
      '이십'.repeat(20000),
      '9'.repeat(40000),
      '1.'.repeat(20000),
      'zweizweizwei'.repeat(5000),
    ];
    for (const text of nasty) {
      for (const language of LANGUAGES) {
        for (const m of findNumbers(text, language)) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });
});
