import { describe, expect, it } from 'vitest';
import {
  isCloserUnit,
  isDigitUnit,
  isHangulSyllable,
  isHangulUnit,
  isKoreanFinalUnit,
  isLatinUnit,
  isLetterUnit,
  isLineTerminalUnit,
  isLowercaseUnit,
  isSpaceUnit,
  isTerminalUnit,
  isWhitespaceUnit,
  isWideTerminalUnit,
} from './char-classes.js';

const CASES: [string, (unit: number) => boolean, RegExp][] = [
  ['isLetterUnit', isLetterUnit, /\p{L}/u],
  ['isLowercaseUnit', isLowercaseUnit, /\p{Ll}/u],
  ['isLatinUnit', isLatinUnit, /\p{Script=Latin}/u],
  ['isSpaceUnit', isSpaceUnit, /[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u],
  ['isWhitespaceUnit', isWhitespaceUnit, /\s/u],
  ['isDigitUnit', isDigitUnit, /\d/u],
  ['isHangulSyllable', isHangulSyllable, /[\uac00-\ud7a3]/u],
  ['isHangulUnit', isHangulUnit, /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/u],
  ['isWideTerminalUnit', isWideTerminalUnit, /[。！？]/u],
  ['isTerminalUnit', isTerminalUnit, /[.!?。！？…]/u],
  ['isLineTerminalUnit', isLineTerminalUnit, /[.!?。！？…:：]/u],
  ['isCloserUnit', isCloserUnit, /["'”’»›)\]}」』〉》]/u],
  ['isKoreanFinalUnit', isKoreanFinalUnit, /[다요까죠]/u],
];

describe('char classes', () => {
  for (const [name, classify, pattern] of CASES) {
    it(`${name} answers as ${pattern} does for every UTF-16 unit, and false past the end`, () => {
      const wrong: number[] = [];
      for (let unit = 0; unit < 0x10000; unit++) {
        // Twice: the first answer may come from the regex, the second from the remembered table.
        const expected = pattern.test(String.fromCharCode(unit));
        if (classify(unit) !== expected || classify(unit) !== expected) wrong.push(unit);
      }
      expect(wrong).toEqual([]);
      expect(classify(Number.NaN)).toBe(false);
    });
  }
});
