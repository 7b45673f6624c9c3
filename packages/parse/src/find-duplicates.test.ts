import { describe, expect, it } from 'vitest';
import { findDuplicateRanges, findDuplicates, normalizeParagraphKey } from './find-duplicates.js';

describe('findDuplicates', () => {
  it('points repeats at the first earlier paragraph, ignoring whitespace differences', () => {
    expect(findDuplicates(['A b.', 'C.', 'A  b.', 'C.', 'A\u00a0b.\n', 'D.'])).toEqual([
      undefined,
      undefined,
      0,
      1,
      0,
      undefined,
    ]);
  });

  it('finds repeats among many paragraphs of the same length, and of lengths seen once', () => {
    expect(findDuplicates(['ab', 'cd', 'ab', 'ef', 'cd', 'xyz', 'ef', 'ab', 'xyz', 'q'])).toEqual([
      undefined,
      undefined,
      0,
      undefined,
      1,
      undefined,
      3,
      0,
      5,
      undefined,
    ]);
    expect(findDuplicates(['', ' ', 'a', '\t', 'a '])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      2,
    ]);
  });

  it('is case- and punctuation-sensitive', () => {
    expect(findDuplicates(['Nvidia ships.', 'nvidia ships.', 'Nvidia ships'])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('handles many paragraphs in linear time', () => {
    const paragraphs = Array.from({ length: 200_000 }, (_, k) => `Paragraph ${k % 100_000} text.`);
    const found = findDuplicates(paragraphs);
    expect(found.filter((d) => d !== undefined)).toHaveLength(100_000);
    expect(found[150_000]).toBe(50_000);
  });
});

/** The answer worked out apart: the first earlier paragraph with the same key; empty keys never repeat. */
function firstEarlierWithKey(texts: readonly string[]): (number | undefined)[] {
  const first = new Map<string, number>();
  return texts.map((text, k) => {
    const key = normalizeParagraphKey(text);
    if (key === '') return undefined;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, k);
    return earlier;
  });
}

describe('findDuplicateRanges', () => {
  it('points each repeat at the first earlier paragraph of its key, for any signature that repeats share', () => {
    const paragraphs = ['A b.', 'C.', 'A  b.', '', 'C.', 'A\u00a0b.\t', 'D.', ' ', 'a b.', 'C.'];
    const text = paragraphs.join('\n');
    // Each paragraph's own span, as the parser gives them (indexOf would give a repeat its first copy's).
    let offset = 0;
    const ranges = paragraphs.map((p) => {
      const range = { start: offset, end: offset + p.length };
      offset = range.end + 1;
      return range;
    });
    const texts = ranges.map((r) => text.slice(r.start, r.end));
    const bySignature = [
      () => 0,
      (p: string) => p.replace(/\s/gu, '').length,
      (p: string) => p.replace(/\s/gu, '').charCodeAt(0) || -1,
    ];
    for (const signature of bySignature) {
      expect(findDuplicateRanges(text, ranges, texts.map(signature))).toEqual(firstEarlierWithKey(texts));
    }
    expect(findDuplicates(texts)).toEqual(firstEarlierWithKey(texts));
  });
});

describe('normalizeParagraphKey', () => {
  it('collapses whitespace runs and trims', () => {
    expect(normalizeParagraphKey('  a\t\n b  ')).toBe('a b');
  });

  it('treats every UTF-16 unit as the \\s+ regex does, inside and at the ends', () => {
    const wrong: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const ch = String.fromCharCode(unit);
      for (const text of [`a${ch}b`, `a${ch} b`, `${ch}a`, `a${ch}`, ch]) {
        if (normalizeParagraphKey(text) !== text.replace(/\s+/gu, ' ').trim()) wrong.push(unit);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives the text itself when it is already collapsed, and the regex form otherwise', () => {
    const samples = [
      '',
      ' ',
      'a',
      'a b c',
      'a  b',
      ' a',
      'a ',
      'a\u00a0b',
      'a\u2028b',
      'a\u200bb',
      'a\u3000 b',
    ];
    for (const text of samples) {
      expect(normalizeParagraphKey(text)).toBe(text.replace(/\s+/gu, ' ').trim());
    }
  });
});
