import { CodePointIndex } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import {
  endsSentence,
  findLineLayout,
  findParagraphRanges,
  segmentParagraphs,
} from './segment-paragraphs.js';
import { splitTrimmedLines } from './text-ranges.js';

function texts(text: string): string[] {
  const index = new CodePointIndex(text);
  return segmentParagraphs(text).map((p) => index.slice(p.start, p.end));
}

const WRAPPED = [
  'The government has joined hands with global semiconductor titan Nvidia to',
  'boost the country\u2019s artificial intelligence capabilities. The ministry said',
  'it will build a cooperative framework with leading domestic companies.',
  '',
  'About 50,000 units will be allocated to the public sector for building',
  'national AI computing centers, while around 200,000 will go to private',
  'companies.',
].join('\n');

describe('segmentParagraphs', () => {
  it('makes each non-blank line a paragraph when lines are whole paragraphs', () => {
    expect(texts('  First line ends here.  \nSecond line.\n\n\nThird.\n')).toEqual([
      'First line ends here.',
      'Second line.',
      'Third.',
    ]);
  });

  it('keeps headings apart from the long paragraphs after them', () => {
    expect(texts('Introduction\nSouth Korea converged on Gyeongju. It was big.\nConclusion\nDone.')).toEqual([
      'Introduction',
      'South Korea converged on Gyeongju. It was big.',
      'Conclusion',
      'Done.',
    ]);
  });

  it('joins hard-wrapped lines of a block into one paragraph whose span keeps the line breaks', () => {
    const paragraphs = texts(WRAPPED);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/^The government .* domestic companies\.$/s);
    expect(paragraphs[0]?.split('\n')).toHaveLength(3);
    expect(paragraphs[1]).toMatch(/^About 50,000 .*\ncompanies\.$/s);
  });

  it('handles CRLF and lone CR the same as LF', () => {
    for (const eol of ['\r\n', '\r']) {
      expect(texts(WRAPPED.replaceAll('\n', eol))).toHaveLength(2);
      expect(texts(`One.${eol}Two.${eol}${eol}Three.`)).toEqual(['One.', 'Two.', 'Three.']);
    }
  });

  it('joins a line that ends open (comma) or is followed by a lower-case continuation', () => {
    expect(texts('Samsung, SK Group, Hyundai,\nand Naver will build AI factories.')).toHaveLength(1);
    expect(texts('The plan covers public\nsector centres.')).toHaveLength(1);
  });

  it('does not join list items or short address-like lines', () => {
    expect(
      texts('Partners named in the announcement were these:\n- Samsung\n- SK Group\n- Hyundai'),
    ).toHaveLength(4);
    expect(texts('Policies\nNov 03, 2025')).toEqual(['Policies', 'Nov 03, 2025']);
  });

  it('joins hard-wrapped Korean lines by display width', () => {
    const korean = [
      '이재명 대통령이 31일 경주에서 젠슨 황 엔비디아 최고경영자를 만나 인공지능',
      '협력 방안을 논의했다. 엔비디아는 한국 정부와 기업에 그래픽처리장치 26만 장을',
      '공급하기로 했다.',
    ].join('\n');
    expect(texts(korean)).toHaveLength(1);
  });

  it('counts offsets in code points, not UTF-16 units', () => {
    const text = '😀😀\nNext 😀 line.';
    const [first, second] = segmentParagraphs(text);
    expect(first).toEqual({ start: 0, end: 2 });
    expect(second).toEqual({ start: 3, end: 15 });
  });
});

describe('findLineLayout', () => {
  it('gives the paragraphs of findParagraphRanges and the lines of splitTrimmedLines', () => {
    for (const text of [WRAPPED, WRAPPED.replaceAll('\n', '\r\n'), ' a \n\n\t b\r c ', '', '\n\n']) {
      expect(findLineLayout(text)).toEqual({
        paragraphs: findParagraphRanges(text),
        lines: splitTrimmedLines(text),
      });
    }
  });

  it('takes a block for hard-wrapped only when no line is wider than the margin', () => {
    const block = (words: number) => `${'word '.repeat(words)}and\nMore words follow here. ${'x'.repeat(40)}`;
    expect(findLineLayout(block(14)).paragraphs).toHaveLength(1);
    expect(findLineLayout(block(30)).paragraphs).toHaveLength(2);
  });
});

describe('endsSentence', () => {
  it('sees sentence ends behind closing quotes and Korean final syllables', () => {
    expect(endsSentence('without failure."')).toBe(true);
    expect(endsSentence('이라고 말했다')).toBe(true);
    expect(endsSentence('The Scale of the Commitment')).toBe(false);
    expect(endsSentence('Samsung,')).toBe(false);
  });
});
