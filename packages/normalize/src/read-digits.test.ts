import { describe, expect, it } from 'vitest';
import { isDigitRunCode, readDigits } from './read-digits.js';

describe('isDigitRunCode', () => {
  it('accepts exactly the digits and the group and decimal marks of en, de and ko', () => {
    const accepted: string[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isDigitRunCode(code)) accepted.push(String.fromCharCode(code));
    expect(accepted.join('')).toBe(' ,.0123456789\u00a0\u2009\u202f');
  });

  it('covers every character readDigits reads', () => {
    for (const [text, language] of [
      ['1,234.5', 'en'],
      ['1.234,5', 'de'],
      ['1 234', 'de'],
      ['1\u00a0234\u00a0567', 'en'],
      ['1\u202f234', 'en'],
      ['1\u2009234', 'ko'],
      ['1.5', 'de'],
    ] as const) {
      const read = readDigits(text, 0, language);
      expect(read?.end).toBe(text.length);
      for (const ch of text) expect(isDigitRunCode(ch.charCodeAt(0))).toBe(true);
    }
  });
});
