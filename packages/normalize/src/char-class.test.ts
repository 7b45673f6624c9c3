import { describe, expect, it } from 'vitest';
import {
  DIGIT_UNIT,
  HANGUL_UNIT,
  isDigitAt,
  isDigitCode,
  isHangulAt,
  isHangulCode,
  isHyphenAt,
  isLatinAt,
  isLatinCode,
  isLatinOrDigitAt,
  isSpaceAt,
  isUpperAt,
  isWordAt,
  LATIN_UNIT,
  OTHER_UNIT,
  scriptClassTable,
} from './char-class.js';

describe('scriptClassTable', () => {
  it('gives every code unit the class the predicates give it', () => {
    const table = scriptClassTable();
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const expected = isLatinCode(code)
        ? LATIN_UNIT
        : isHangulCode(code)
          ? HANGUL_UNIT
          : isDigitCode(code)
            ? DIGIT_UNIT
            : OTHER_UNIT;
      if (table[code] !== expected) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it('gives a new table each time', () => {
    const table = scriptClassTable();
    table[0x41] = 9;
    expect(scriptClassTable()[0x41]).toBe(LATIN_UNIT);
  });
});

describe('readers at a position', () => {
  it('read nothing before the start or past the end', () => {
    for (const read of [
      isDigitAt,
      isHangulAt,
      isHyphenAt,
      isLatinAt,
      isLatinOrDigitAt,
      isSpaceAt,
      isUpperAt,
      isWordAt,
    ]) {
      expect(read('A 1한', -1)).toBe(false);
      expect(read('A 1한', 4)).toBe(false);
      expect(read('-', 1)).toBe(false);
    }
    expect([
      isUpperAt('A 1한', 0),
      isSpaceAt('A 1한', 1),
      isDigitAt('A 1한', 2),
      isHangulAt('A 1한', 3),
      isHyphenAt('A-1', 1),
      isLatinOrDigitAt('A 1한', 0),
      isLatinOrDigitAt('A 1한', 2),
    ]).toEqual([true, true, true, true, true, true, true]);
  });
});
