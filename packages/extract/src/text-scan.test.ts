import { describe, expect, it } from 'vitest';
import {
  isLetterCodePoint,
  isLetterOrMarkCodePoint,
  isLowercaseCodePoint,
  isUppercaseCodePoint,
  isWhitespaceCode,
  isWordCodePoint,
  lastWordBefore,
} from './text-scan.js';

describe('character tests', () => {
  it('isWhitespaceCode agrees with /\\s/u on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++)
      expect(isWhitespaceCode(code), code.toString(16)).toBe(/\s/u.test(String.fromCharCode(code)));
  });

  it('isLetterCodePoint agrees with /\\p{L}/u on the BMP and beyond', () => {
    for (let code = 0; code <= 0xffff; code++)
      expect(isLetterCodePoint(code), code.toString(16)).toBe(/\p{L}/u.test(String.fromCharCode(code)));
    for (const cp of [0x10000, 0x1d400, 0x1f600, 0x20000, 0x2a6d6, 0x10ffff])
      expect(isLetterCodePoint(cp)).toBe(/\p{L}/u.test(String.fromCodePoint(cp)));
  });
});

describe('code point classes', () => {
  const classes = [
    ['isUppercaseCodePoint', isUppercaseCodePoint, /^\p{Lu}$/u],
    ['isLowercaseCodePoint', isLowercaseCodePoint, /^\p{Ll}$/u],
    ['isWordCodePoint', isWordCodePoint, /^[\p{L}\p{N}]$/u],
    ['isLetterOrMarkCodePoint', isLetterOrMarkCodePoint, /^[\p{L}\p{M}]$/u],
  ] as const;
  it.each(classes)('%s agrees with its regular expression on the BMP and beyond', (_name, test, pattern) => {
    const differing: number[] = [];
    for (let cp = 0; cp <= 0xffff; cp++)
      if (test(cp) !== pattern.test(String.fromCharCode(cp))) differing.push(cp);
    for (const cp of [0x10000, 0x1d400, 0x1d41a, 0x1d7ce, 0x1f600, 0x20000, 0xe0100])
      if (test(cp) !== pattern.test(String.fromCodePoint(cp))) differing.push(cp);
    expect(differing).toEqual([]);
  });
});

describe('lastWordBefore', () => {
  const regex = (text: string, at: number) =>
    /([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  const texts = [
    'told reporters in Seoul, Huang said',
    '',
    '  ,;  ',
    'Lee',
    'an extraordinarily long word with no break at all: Supercalifragilisticexpialidocious Lee',
    'mit 𝐁𝐨𝐥𝐝 letters and 𝟏 digits 😀 Lee',
    'lone \ud800 high and \udc00 low surrogates, \ud835\udc01\ud835',
    'Über Präsident Müller sagte zu Kim',
    '최태원 SK회장은 말했다',
  ];
  it.each(texts)('matches the regular expression at every offset of %j', (text) => {
    for (let at = 0; at <= text.length; at++) expect(lastWordBefore(text, at)).toBe(regex(text, at));
  });
});
