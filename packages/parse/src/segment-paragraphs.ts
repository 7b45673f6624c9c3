import { CodePointIndex, type Span } from '@dealbrief/core';
import { measureColumns, splitLines, trimRange, type Utf16Range } from './text-ranges.js';

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = /[\s"'”’»›)\]}」』〉》]+$/u;
/** Line endings that finish a sentence: punctuation, or a Korean sentence-final syllable after Hangul. */
const TERMINAL_END = /(?:[.!?。！？…:：]|[\uac00-\ud7a3][다요까죠])$/u;
/** Line endings that promise more: a comma, semicolon, dash, ampersand or a word hyphenated at the wrap. */
const OPEN_END = /(?:[,;&/–—([„“]|\p{L}-)$/u;
/** Starts of list items, captions and other lines that begin something new. */
const LIST_START = /^(?:[-*+•·▪▫■□◆◇▶▷►▲△▼▽○●◦‣※]|\d{1,2}[.)]\s|\(\d{1,2}\)\s|[a-z][.)]\s)/u;
/** Smallest and largest line width (in columns) of a block that may be hard-wrapped. */
const MIN_WRAP_COLUMNS = 40;
const MAX_WRAP_COLUMNS = 130;
/** A line at least this share of its block's widest line ends at the wrap margin. */
const FULL_LINE_SHARE = 0.6;

interface BlockLine extends Utf16Range {
  text: string;
  columns: number;
}

function measureWidest(block: readonly BlockLine[]): number {
  return block.reduce((widest, line) => Math.max(widest, line.columns), 0);
}

/** True when `line` (trimmed) ends a sentence, allowing closing quotes and brackets after the mark. */
export function endsSentence(line: string): boolean {
  return TERMINAL_END.test(line.replace(CLOSERS, ''));
}

/** True when line `b` clearly continues the sentence that line `a` leaves open. */
function continuesClearly(a: string, b: string): boolean {
  if (endsSentence(a) || LIST_START.test(b)) return false;
  return OPEN_END.test(a) || /^\p{Ll}/u.test(b);
}

/** True when a block's lines look hard-wrapped at a margin: modest width, some lines break mid-sentence. */
function isHardWrapped(block: BlockLine[]): boolean {
  if (block.length < 2) return false;
  const widest = measureWidest(block);
  if (widest < MIN_WRAP_COLUMNS || widest > MAX_WRAP_COLUMNS) return false;
  return block
    .slice(0, -1)
    .some((line) => line.columns >= widest * FULL_LINE_SHARE && !endsSentence(line.text));
}

function joinBlock(block: BlockLine[], out: Utf16Range[]): void {
  const wrapped = isHardWrapped(block);
  const widest = measureWidest(block);
  let current: Utf16Range | undefined;
  let previous: BlockLine | undefined;
  for (const line of block) {
    const join =
      current !== undefined &&
      previous !== undefined &&
      (continuesClearly(previous.text, line.text) ||
        (wrapped && previous.columns >= widest * FULL_LINE_SHARE && !LIST_START.test(line.text)));
    if (join && current !== undefined) current.end = line.end;
    else {
      if (current !== undefined) out.push(current);
      current = { start: line.start, end: line.end };
    }
    previous = line;
  }
  if (current !== undefined) out.push(current);
}

/**
 * Paragraph ranges (UTF-16) of `text`, trimmed of surrounding whitespace. Each non-blank line is a
 * paragraph, except that lines of a blank-line-separated block are joined when they continue the same
 * sentence (hard-wrapped text).
 */
export function findParagraphRanges(text: string): Utf16Range[] {
  const out: Utf16Range[] = [];
  let block: BlockLine[] = [];
  for (const raw of splitLines(text)) {
    const line = trimRange(text, raw.start, raw.end);
    if (line.end === line.start) {
      if (block.length > 0) joinBlock(block, out);
      block = [];
      continue;
    }
    const lineText = text.slice(line.start, line.end);
    block.push({ ...line, text: lineText, columns: measureColumns(lineText) });
  }
  if (block.length > 0) joinBlock(block, out);
  return out;
}

/**
 * Splits `text` into paragraphs: code-point spans `[start, end)` that exclude surrounding whitespace.
 * One paragraph per non-blank line, or per blank-line-separated block when its lines are hard-wrapped.
 */
export function segmentParagraphs(text: string): Span[] {
  const index = new CodePointIndex(text);
  return findParagraphRanges(text).map((r) => ({
    start: index.toCodePoint(r.start),
    end: index.toCodePoint(r.end),
  }));
}
