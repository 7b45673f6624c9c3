import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from './find-duplicates.js';
import { scanParagraph } from './scan-paragraph.js';
import { findSentenceMarks } from './segment-sentences.js';

describe('scanParagraph', () => {
  it('says a text is uncollapsed exactly when collapsing its whitespace and trimming changes it', () => {
    const pieces = [
      'a',
      'Der',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\u00a0',
      '\u3000',
      '\u200b',
      '\ufeff',
      '한',
      '😀',
      '.',
    ];
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const count = next() % 8;
      for (let k = 0; k < count; k++) text += pieces[next() % pieces.length]!;
      expect(scanParagraph(text, 0, text.length).uncollapsed, JSON.stringify(text)).toBe(
        collapseWhitespace(text) !== text,
      );
    }
  });

  it('reads a range in place as it reads the slice', () => {
    const text = ' Der  Plan\tund the 😀 plan. ';
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        expect(scanParagraph(text, start, end), `${start}-${end}`).toEqual(
          scanParagraph(text.slice(start, end), 0, end - start),
        );
      }
    }
  });

  it('collects the sentence marks findSentenceMarks finds, in place and in order', () => {
    const text = 'Er sagte: „Ja!“ Wirklich?? 좋다. 했어요\n다음까 죠… 。！？ 😀. U.S. 다';
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        const marks: number[] = [];
        scanParagraph(text, start, end, marks);
        const expected = findSentenceMarks(text.slice(start, end)).map((at) => at + start);
        expect(marks, `${start}-${end}`).toEqual(expected);
      }
    }
  });
});
