import { describe, expect, it } from 'vitest';
import { findLineLayout } from './segment-paragraphs.js';
import { measureColumns, splitLines, trimRange } from './text-ranges.js';

describe('splitLines', () => {
  it('ends lines at LF, CRLF and lone CR, without an extra line after the last break', () => {
    const text = 'a\nb\r\nc\rd\n';
    expect(splitLines(text).map((r) => text.slice(r.start, r.end))).toEqual(['a', 'b', 'c', 'd']);
    const mixed = '\r\n\n\rx\r\r\ny\n\r';
    expect(splitLines(mixed).map((r) => mixed.slice(r.start, r.end))).toEqual(['', '', '', 'x', '', 'y', '']);
    expect(splitLines('x\n\ny')).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 2 },
      { start: 3, end: 4 },
    ]);
  });
});

describe('trimRange and the trimmed lines of findLineLayout', () => {
  it('drops surrounding whitespace including NBSP and blank lines', () => {
    const text = ' \u00a0Hello\u00a0 \n \t\n  World ';
    expect(trimRange(text, 0, 9)).toEqual({ start: 2, end: 7 });
    expect(findLineLayout(text).lines.map((r) => text.slice(r.start, r.end))).toEqual(['Hello', 'World']);
  });
});

describe('measureColumns', () => {
  it('counts Hangul as two columns and astral characters once', () => {
    expect(measureColumns('AI 한국')).toBe(7);
    expect(measureColumns('😀a')).toBe(2);
  });

  it('stops counting once past a limit: exact up to it, larger beyond', () => {
    expect(measureColumns('AI 한국', 7)).toBe(7);
    expect(measureColumns('x'.repeat(500), 130)).toBe(131);
    expect(measureColumns('한'.repeat(100), 130)).toBe(132);
  });
});
