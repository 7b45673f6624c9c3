import type { Language } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { isListGap, LIST_GAP } from './list-gap.js';

/** Gaps `LIST_GAP` accepts, one or more per alternative of each language. */
const GAPS: Record<Language, string[]> = {
  en: [', ', ', and ', ', as well as ', ', or ', ' and ', ' & ', ' or ', ' as well as ', ' / ', '/'],
  de: [', ', ', und ', ', sowie ', ', oder ', ' und ', ' & ', ' sowie ', ' oder ', ' / ', '/'],
  ko: [', ', '，', '、', '·', 'ㆍ', '와 ', '과', '및 ', ',', ' 및 ', ' 그리고 ', ' '],
};

describe('isListGap', () => {
  it('answers what LIST_GAP answers on the gaps with any UTF-16 code unit in any place', () => {
    for (const [language, gaps] of Object.entries(GAPS) as [Language, string[]][]) {
      const differing: string[] = [];
      for (const gap of gaps) {
        expect(LIST_GAP[language].test(gap), gap).toBe(true);
        for (let at = 0; at < gap.length; at++) {
          for (let code = 0; code <= 0xffff; code++) {
            const text = `A${gap.slice(0, at)}${String.fromCharCode(code)}${gap.slice(at + 1)}B`;
            const expected = LIST_GAP[language].test(text.slice(1, -1));
            if (isListGap(text, 1, text.length - 1, language) !== expected) differing.push(text);
          }
        }
      }
      expect(differing, language).toEqual([]);
    }
  });

  it('takes no text for a gap that holds other letters', () => {
    expect(isListGap('Samsung and SK', 7, 12, 'en')).toBe(true);
    expect(isListGap('Samsung with SK', 7, 13, 'en')).toBe(false);
    expect(isListGap('Samsung ſowie SK', 7, 14, 'de')).toBe(true);
    expect(isListGap('삼성과 SK', 2, 4, 'ko')).toBe(true);
  });
});
