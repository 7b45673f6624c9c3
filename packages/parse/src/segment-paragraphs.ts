import { CodePointIndex, type Span } from '@dealbrief/core';
import {
  isCloserUnit,
  isHangulSyllable,
  isKoreanFinalUnit,
  isLetterUnit,
  isLineTerminalUnit,
  isLowercaseUnit,
  isWhitespaceUnit,
} from './char-classes.js';
import { measureColumns, splitLines, trimRange, type Utf16Range } from './text-ranges.js';

/** `/[,;&/–—([„“]/u`: marks that promise more after a line's end. */
function isOpenEndUnit(unit: number): boolean {
  switch (unit) {
    case 0x26: // &
    case 0x28: // (
    case 0x2c: // ,
    case 0x2f: // /
    case 0x3b: // ;
    case 0x5b: // [
    case 0x2013: // –
    case 0x2014: // —
    case 0x201c: // “
    case 0x201e: // „
      return true;
    default:
      return false;
  }
}

/** Starts of list items, captions and other lines that begin something new. */
const LIST_START = /^(?:[-*+•·▪▫■□◆◇▶▷►▲△▼▽○●◦‣※]|\d{1,2}[.)]\s|\(\d{1,2}\)\s|[a-z][.)]\s)/u;
/** Smallest and largest line width (in columns) of a block that may be hard-wrapped. */
const MIN_WRAP_COLUMNS = 40;
const MAX_WRAP_COLUMNS = 130;
/** A line at least this share of its block's widest line ends at the wrap margin. */
const FULL_LINE_SHARE = 0.6;

interface BlockLine extends Utf16Range {
  text: string;
}

/** How a hard-wrapped block is laid out: its lines' widths in columns and the widest of them. */
interface WrapLayout {
  columns: number[];
  widest: number;
}

/**
 * True when `line` (trimmed) ends a sentence, allowing closing quotes and brackets after the mark: after
 * dropping trailing whitespace and closers, it ends with `.` `!` `?` `。` `！` `？` `…` `:` `：`, or with
 * 다/요/까/죠 right after another Hangul syllable. Reads only the line's last characters.
 */
export function endsSentence(line: string): boolean {
  let end = line.length;
  while (end > 0) {
    const unit = line.charCodeAt(end - 1);
    if (!isWhitespaceUnit(unit) && !isCloserUnit(unit)) break;
    end--;
  }
  if (end === 0) return false;
  const last = line.charCodeAt(end - 1);
  if (isLineTerminalUnit(last)) return true;
  return isKoreanFinalUnit(last) && isHangulSyllable(line.charCodeAt(end - 2));
}

/** True when a line ends with a mark that promises more, or with a letter and a hyphen ("semi-"). */
function endsOpen(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  if (isOpenEndUnit(last)) return true;
  if (last !== 0x2d) return false;
  const before = line.charCodeAt(line.length - 2);
  // A low surrogate before the hyphen ends an astral character: let the regex read the code point.
  if (before >= 0xdc00 && before <= 0xdfff) return /\p{L}-$/u.test(line);
  return isLetterUnit(before);
}

/** True when a line starts with a lower-case letter. */
function startsLowerCase(line: string): boolean {
  const first = line.charCodeAt(0);
  // A high surrogate starts an astral character: let the regex read the code point.
  if (first >= 0xd800 && first <= 0xdbff) return /^\p{Ll}/u.test(line);
  return isLowercaseUnit(first);
}

/** True when line `b` clearly continues the sentence that line `a` leaves open. */
function continuesClearly(a: string, b: string): boolean {
  if (endsSentence(a) || LIST_START.test(b)) return false;
  return endsOpen(a) || startsLowerCase(b);
}

/**
 * The block's layout when its lines look hard-wrapped at a margin (modest width, some lines break
 * mid-sentence), else undefined. Widths are counted only up to just past the widest margin allowed: a
 * wider line rules the block out whatever its exact width.
 */
function measureWrap(block: readonly BlockLine[]): WrapLayout | undefined {
  if (block.length < 2) return undefined;
  const columns: number[] = [];
  let widest = 0;
  for (const line of block) {
    const width = measureColumns(line.text, MAX_WRAP_COLUMNS);
    if (width > MAX_WRAP_COLUMNS) return undefined;
    columns.push(width);
    widest = Math.max(widest, width);
  }
  if (widest < MIN_WRAP_COLUMNS) return undefined;
  for (let k = 0; k < block.length - 1; k++) {
    if (columns[k]! >= widest * FULL_LINE_SHARE && !endsSentence(block[k]!.text)) return { columns, widest };
  }
  return undefined;
}

function joinBlock(block: readonly BlockLine[], out: Utf16Range[]): void {
  const wrap = measureWrap(block);
  let current: Utf16Range | undefined;
  for (let k = 0; k < block.length; k++) {
    const line = block[k]!;
    const previous = block[k - 1];
    const join =
      current !== undefined &&
      previous !== undefined &&
      (continuesClearly(previous.text, line.text) ||
        (wrap !== undefined &&
          wrap.columns[k - 1]! >= wrap.widest * FULL_LINE_SHARE &&
          !LIST_START.test(line.text)));
    if (join && current !== undefined) current.end = line.end;
    else {
      if (current !== undefined) out.push(current);
      current = { start: line.start, end: line.end };
    }
  }
  if (current !== undefined) out.push(current);
}

/** The paragraphs of a text and its non-blank lines, both trimmed UTF-16 ranges. */
export interface LineLayout {
  paragraphs: Utf16Range[];
  /** The non-blank lines of `splitLines`, in order, each trimmed of surrounding whitespace. */
  lines: Utf16Range[];
}

/**
 * Paragraph ranges and non-blank lines (UTF-16) of `text`, trimmed of surrounding whitespace, from one
 * split into lines. Each non-blank line is a paragraph, except that lines of a blank-line-separated
 * block are joined when they continue the same sentence (hard-wrapped text).
 */
export function findLineLayout(text: string): LineLayout {
  const paragraphs: Utf16Range[] = [];
  const lines: Utf16Range[] = [];
  let block: BlockLine[] = [];
  const rawLines = splitLines(text);
  // An index loop, not `for…of`: no iterator for the optimiser to inline.
  for (let k = 0; k < rawLines.length; k++) {
    const line = trimRange(text, rawLines[k]!.start, rawLines[k]!.end);
    if (line.end === line.start) {
      if (block.length > 0) joinBlock(block, paragraphs);
      block = [];
      continue;
    }
    lines.push(line);
    block.push({ start: line.start, end: line.end, text: text.slice(line.start, line.end) });
  }
  if (block.length > 0) joinBlock(block, paragraphs);
  return { paragraphs, lines };
}

/**
 * Paragraph ranges (UTF-16) of `text`, trimmed of surrounding whitespace. Each non-blank line is a
 * paragraph, except that lines of a blank-line-separated block are joined when they continue the same
 * sentence (hard-wrapped text).
 */
export function findParagraphRanges(text: string): Utf16Range[] {
  return findLineLayout(text).paragraphs;
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
