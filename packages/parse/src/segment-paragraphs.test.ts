import { CodePointIndex } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { endsSentence, findLineLayout, segmentParagraphs } from './segment-paragraphs.js';
import { splitLines, trimRange, type Utf16Range } from './text-ranges.js';

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

/**
 * Reference for `findLineLayout`, written from its documented rules with regexes and none of its code:
 * lines split at LF, CRLF or CR and trimmed; blank lines separate blocks; a line joins the one before it
 * when that one clearly continues (no sentence end, no list start, and an open end or a lower-case
 * start), or when the block is hard-wrapped and the line before reaches the wrap margin.
 */
function referenceLayout(text: string): { paragraphs: Utf16Range[]; lines: Utf16Range[] } {
  const TRIM =
    /^([\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]*)(.*?)[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]*$/su;
  const LIST_START = /^(?:[-*+•·▪▫■□◆◇▶▷►▲△▼▽○●◦‣※]|\d{1,2}[.)]\s|\(\d{1,2}\)\s|[a-z][.)]\s)/u;
  const endsSentence = (line: string) =>
    /(?:[.!?。！？…:：]|[\uac00-\ud7a3][다요까죠])["'”’»›)\]}」』〉》\s]*$/u.test(line);
  const endsOpen = (line: string) => /(?:[,;&/–—([„“]|\p{L}-)$/u.test(line);
  const continues = (a: string, b: string) =>
    !endsSentence(a) && !LIST_START.test(b) && (endsOpen(a) || /^\p{Ll}/u.test(b));
  const columns = (line: string) => {
    const units = line.replace(/[\udc00-\udfff]/g, '');
    return (
      units.length +
      (units.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/g) ?? []).length
    );
  };
  const lines: Utf16Range[] = [];
  const blocks: Utf16Range[][] = [[]];
  for (const m of text.matchAll(/([^\r\n]*)(?:\r\n|\r|\n|$)/g)) {
    if (m.index === text.length && m[0] === '') break;
    const trimmed = TRIM.exec(m[1]!)!;
    const start = m.index + trimmed[1]!.length;
    const range = { start, end: start + trimmed[2]!.length };
    if (range.end === range.start) blocks.push([]);
    else {
      lines.push(range);
      blocks.at(-1)!.push(range);
    }
  }
  const paragraphs: Utf16Range[] = [];
  for (const block of blocks) {
    const texts = block.map((r) => text.slice(r.start, r.end));
    const widths = texts.map(columns);
    const widest = Math.max(0, ...widths);
    const full = (k: number) => widths[k]! >= widest * 0.6;
    const wrapped =
      block.length >= 2 &&
      widest >= 40 &&
      widest <= 130 &&
      texts.some((line, k) => k < texts.length - 1 && full(k) && !endsSentence(line));
    block.forEach((range, k) => {
      const join =
        k > 0 &&
        (continues(texts[k - 1]!, texts[k]!) || (wrapped && full(k - 1) && !LIST_START.test(texts[k]!)));
      if (join) paragraphs.at(-1)!.end = range.end;
      else paragraphs.push({ ...range });
    });
  }
  return { paragraphs, lines };
}

/** Small deterministic PRNG (mulberry32) so failures can be replayed. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'The plan covers public',
  'sector centres',
  'Samsung, SK Group, Hyundai,',
  'and Naver will build AI factories.',
  'semi-',
  '- Samsung',
  '1) first',
  'a. item',
  '(2) second',
  '엔비디아는 한국 정부와 기업에 그래픽처리장치 26만 장을',
  '공급하기로 했다',
  '말했다."',
  'Done.” ',
  'Note:',
  'Über',
  'émigré',
  '😀 𝑥-',
  '\ud83d',
  '\ude00',
  '\u200f',
  '\u00a0',
  ' ',
  '\t',
  'x'.repeat(45),
  'word '.repeat(12),
  '—',
  '„',
  '\n',
  '\n',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
];

/** Reference for `findLineLayout`'s lines: the lines of `splitLines`, trimmed, blank ones left out. */
function splitTrimmedLines(text: string): Utf16Range[] {
  const lines: Utf16Range[] = [];
  for (const line of splitLines(text)) {
    const trimmed = trimRange(text, line.start, line.end);
    if (trimmed.end > trimmed.start) lines.push(trimmed);
  }
  return lines;
}

describe('findLineLayout', () => {
  it('gives the paragraphs and lines of a regex-based reference of its rules', () => {
    for (const text of [WRAPPED, WRAPPED.replaceAll('\n', '\r\n'), ' a \n\n\t b\r c ', '', '\n\n']) {
      expect(findLineLayout(text)).toEqual(referenceLayout(text));
    }
    const random = createRandom(20251031);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const count = 1 + Math.floor(random() * 16);
      for (let k = 0; k < count; k++) text += PIECES[Math.floor(random() * PIECES.length)]!;
      expect(findLineLayout(text), JSON.stringify(text)).toEqual(referenceLayout(text));
    }
  });

  it('gives the lines of splitTrimmedLines', () => {
    for (const text of [WRAPPED, WRAPPED.replaceAll('\n', '\r\n'), ' a \n\n\t b\r c ', '', '\n\n']) {
      expect(findLineLayout(text).lines).toEqual(splitTrimmedLines(text));
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
