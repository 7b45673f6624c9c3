import { CodePointIndex, type Span } from '@dealbrief/core';
import {
  isCloserUnit,
  isHangulSyllable,
  isKoreanFinalUnit,
  isLetterUnit,
  isLowercaseUnit,
  isWhitespaceUnit,
} from './char-classes.js';
import { measureColumns, splitLines, trimRange, type Utf16Range } from './text-ranges.js';

/**
 * `/[.!?。！？…:：]/u`: marks that finish a line's sentence (a colon too: what follows it is a new line's
 * business).
 */
function isLineTerminalUnit(unit: number): boolean {
  switch (unit) {
    case 0x21: // !
    case 0x2e: // .
    case 0x3a: // :
    case 0x3f: // ?
    case 0x2026: // …
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1a: // ：
    case 0xff1f: // ？
      return true;
    default:
      return false;
  }
}

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
  columns: number;
}

function measureWidest(block: readonly BlockLine[]): number {
  return block.reduce((widest, line) => Math.max(widest, line.columns), 0);
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
    block.push({ start: line.start, end: line.end, text: lineText, columns: measureColumns(lineText) });
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
