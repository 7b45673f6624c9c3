import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from './find-duplicates.js';
import { scanParagraph } from './scan-paragraph.js';

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
});
