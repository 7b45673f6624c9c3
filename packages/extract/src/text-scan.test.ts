import { describe, expect, it } from 'vitest';
import { isLetterCodePoint, isSpaceCode, lastWordBefore } from './text-scan.js';

describe('character tests', () => {
  it('isSpaceCode agrees with /\\s/u on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++)
      expect(isSpaceCode(code), code.toString(16)).toBe(/\s/u.test(String.fromCharCode(code)));
  });

  it('isLetterCodePoint agrees with /\\p{L}/u on the BMP and beyond', () => {
    for (let code = 0; code <= 0xffff; code++)
      expect(isLetterCodePoint(code), code.toString(16)).toBe(/\p{L}/u.test(String.fromCharCode(code)));
    for (const cp of [0x10000, 0x1d400, 0x1f600, 0x20000, 0x2a6d6, 0x10ffff])
      expect(isLetterCodePoint(cp)).toBe(/\p{L}/u.test(String.fromCodePoint(cp)));
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
