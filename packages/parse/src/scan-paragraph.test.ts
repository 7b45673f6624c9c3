import { describe, expect, it } from 'vitest';
import { scanParagraph } from './scan-paragraph.js';
import { findSentenceMarks } from './segment-sentences.js';

describe('scanParagraph', () => {
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
