import { CodePointIndex, type Sentence, type Span } from '@dealbrief/core';
import {
  BEFORE_NUMBER_ABBREVIATIONS,
  GERMAN_MONTHS,
  GERMAN_ORDINAL_LEADS,
  NEVER_FINAL_ABBREVIATIONS,
} from './abbreviations.js';
import {
  isCloserUnit,
  isDigitUnit,
  isHangulSyllable,
  isKoreanFinalUnit,
  isLatinUnit,
  isLetterUnit,
  isLowercaseUnit,
  isSpaceUnit,
  isTerminalUnit,
  isWideTerminalUnit,
} from './char-classes.js';
import { findParagraphRanges } from './segment-paragraphs.js';
import { isSpaceAt, trimRange, type Utf16Range } from './text-ranges.js';

/** A sentence as UTF-16 range plus the index of its paragraph. */
export interface SentenceRange extends Utf16Range {
  paragraph: number;
}

/** The year and month of a dotted date ("2025. 11. 3."), ending at its day. */
const DOTTED_DATE_END = /(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}$/u;

/** True when the UTF-16 unit at `i` is a letter (`/\p{L}/u` on that one unit). */
function isLetterAt(text: string, i: number): boolean {
  return isLetterUnit(text.charCodeAt(i));
}

/** The word (letters and inner periods) that ends right before UTF-16 index `end`. */
function readWordBefore(text: string, end: number, from: number): string {
  let s = end;
  while (
    s > from &&
    (isLetterAt(text, s - 1) || (text.charCodeAt(s - 1) === 0x2e && isLetterAt(text, s - 2)))
  )
    s--;
  return text.slice(s, end);
}

/** The letters starting at `start`. */
function readWordAfter(text: string, start: number, to: number): string {
  let e = start;
  while (e < to && isLetterAt(text, e)) e++;
  return text.slice(start, e);
}

/**
 * `/\p{Script=Latin}/u` on a word of {@link readWordBefore}: its letters are single UTF-16 units (a
 * surrogate half is no letter) and its periods are not Latin, so each unit is tested alone.
 */
function hasLatinUnit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isLatinUnit(word.charCodeAt(i))) return true;
  return false;
}

/** A dotted initialism: letters with periods between them ("U.S", "e.g"), which a period follows. */
const DOTTED_INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;

/** {@link DOTTED_INITIALISM}, tested only when the word has a period second, as every match has. */
function isDottedInitialism(word: string): boolean {
  return word.length >= 3 && word.charCodeAt(1) === 0x2e && DOTTED_INITIALISM.test(word);
}

/** The length of the longest abbreviation listed: a longer word is none of them. */
const LONGEST_ABBREVIATION = Math.max(
  ...[...NEVER_FINAL_ABBREVIATIONS, ...BEFORE_NUMBER_ABBREVIATIONS].map((word) => word.length),
);

/**
 * {@link periodEndsSentence} for a period with no word before it: after digits (`dot - d` of them,
 * `d` where they start) or after no letter or digit at all. Apart from the word case, which most
 * periods take, so the optimised word case does not carry this rarer one's regex and lookups.
 */
function periodAfterDigitsEndsSentence(
  text: string,
  dot: number,
  next: number,
  range: Utf16Range,
  nextIsDigit: boolean,
): boolean {
  let d = dot;
  while (d > range.start && isDigitUnit(text.charCodeAt(d - 1))) d--;
  if (d === dot) return true;
  if (nextIsDigit) return false; // "2025. 11. 3." or numbered items
  if (dot - d > 2) return true; // a year or an amount, not an ordinal
  if (DOTTED_DATE_END.test(text.slice(Math.max(range.start, dot - 12), dot))) return false; // 2025. 11. 3.
  if (GERMAN_MONTHS.has(readWordAfter(text, next, range.end).toLowerCase())) return false;
  let w = d;
  while (w > range.start && isSpaceAt(text, w - 1)) w--;
  return !GERMAN_ORDINAL_LEADS.has(readWordBefore(text, w, range.start).toLowerCase());
}

/** Decides whether a single period at `dot` ends the sentence, given the next non-space index `next`. */
function periodEndsSentence(text: string, dot: number, next: number, range: Utf16Range): boolean {
  const nextIsDigit = isDigitUnit(text.charCodeAt(next));
  const token = readWordBefore(text, dot, range.start);
  if (token === '') return periodAfterDigitsEndsSentence(text, dot, next, range, nextIsDigit);
  if (!hasLatinUnit(token)) return true; // Korean and other scripts: the period ends it
  if (isDottedInitialism(token)) return false; // U.S., e.g., i.e.
  if (token.length === 1) return false; // initials, "z. B."
  // Lower-casing never shortens a word (detect-language.test.ts checks every code point), so a word
  // longer than every listed abbreviation is none of them: no need to lower-case it and look it up.
  if (token.length > LONGEST_ABBREVIATION) return true;
  const lower = token.toLowerCase();
  if (NEVER_FINAL_ABBREVIATIONS.has(lower)) return false;
  if (BEFORE_NUMBER_ABBREVIATIONS.has(lower) && nextIsDigit) return false;
  return true;
}

/** True when a Korean sentence-final syllable at `i` is followed by a line break (no period needed). */
function endsKoreanLine(text: string, i: number, end: number): boolean {
  if (!isKoreanFinalUnit(text.charCodeAt(i)) || !isHangulSyllable(text.charCodeAt(i - 1))) return false;
  for (let k = i + 1; k < end; k++) {
    const unit = text.charCodeAt(k);
    if (unit === 0x0a || unit === 0x0d) return true;
    if (!isSpaceUnit(unit)) return false;
  }
  return false;
}

/** Adds the sentence `[start, end)` trimmed of whitespace, unless nothing is left. */
function pushSentence(
  text: string,
  start: number,
  end: number,
  paragraph: number,
  out: SentenceRange[],
): void {
  const trimmed = trimRange(text, start, end);
  if (trimmed.end > trimmed.start) out.push({ start: trimmed.start, end: trimmed.end, paragraph });
}

/**
 * One character class of every UTF-16 unit that is a terminal ({@link isTerminalUnit}) or a Korean
 * sentence-final syllable ({@link isKoreanFinalUnit}), built from those two tests so it cannot drift
 * from them. No `u` flag: each unit is tested alone, as the loop below reads units.
 */
function sentenceMarkPattern(): RegExp {
  let units = '';
  for (let unit = 0; unit <= 0xffff; unit++) {
    if (isTerminalUnit(unit) || isKoreanFinalUnit(unit)) units += `\\u${unit.toString(16).padStart(4, '0')}`;
  }
  return new RegExp(`[${units}]`, 'g');
}

/**
 * Where a sentence may end: a terminal (`. ! ? … 。 ！ ？`) or a Korean sentence-final syllable
 * (다 요 까 죠). Global, for {@link findSentenceMarks}.
 */
const SENTENCE_MARK = sentenceMarkPattern();

/**
 * The UTF-16 index of every unit of `text` where a sentence may end (see `SENTENCE_MARK`), in order:
 * what `scanParagraph` collects paragraph by paragraph.
 */
export function findSentenceMarks(text: string): number[] {
  const marks: number[] = [];
  SENTENCE_MARK.lastIndex = 0;
  while (SENTENCE_MARK.test(text)) marks.push(SENTENCE_MARK.lastIndex - 1);
  return marks;
}

/** The index in `marks` (ascending) of the first mark at or after `at`. */
function firstMarkFrom(marks: readonly number[], at: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Splits one paragraph at sentence ends. The text is read only around its sentence marks, taken from
 * `marks` (ascending; marks outside the paragraph are passed over).
 */
function splitParagraph(
  text: string,
  range: Utf16Range,
  paragraph: number,
  marks: readonly number[],
  out: SentenceRange[],
): void {
  let sentenceStart = range.start;
  let i = range.start;
  let m = firstMarkFrom(marks, range.start);
  while (i < range.end) {
    while (m < marks.length && marks[m]! < i) m++;
    if (m === marks.length || marks[m]! >= range.end) break;
    i = marks[m]!;
    const unit = text.charCodeAt(i);
    if (!isTerminalUnit(unit)) {
      // Not a terminal, so (see SENTENCE_MARK) a Korean final syllable: 다, 요, 까 and 죠 end a
      // sentence only before a line break.
      if (endsKoreanLine(text, i, range.end)) {
        pushSentence(text, sentenceStart, i + 1, paragraph, out);
        sentenceStart = i + 1;
      }
      i++;
      continue;
    }
    let j = i;
    while (j < range.end && isTerminalUnit(text.charCodeAt(j))) j++;
    const runIsPeriod = j - i === 1 && unit === 0x2e;
    while (j < range.end && isCloserUnit(text.charCodeAt(j))) j++;
    let next = j;
    while (next < range.end && isSpaceAt(text, next)) next++;
    const spaced = next > j || isWideTerminalUnit(text.charCodeAt(j - 1)) || isWideTerminalUnit(unit);
    const breaks =
      next < range.end &&
      spaced &&
      !isLowercaseUnit(text.charCodeAt(next)) &&
      (!runIsPeriod || periodEndsSentence(text, i, next, range));
    if (breaks) {
      pushSentence(text, sentenceStart, j, paragraph, out);
      sentenceStart = j;
    }
    i = j;
  }
  pushSentence(text, sentenceStart, range.end, paragraph, out);
}

/**
 * Sentence ranges (UTF-16) inside the given paragraph ranges, trimmed of whitespace. `marks` are the
 * indices where a sentence may end, ascending, at least those inside the paragraphs
 * ({@link findSentenceMarks} of `text` when not given).
 */
export function findSentenceRanges(
  text: string,
  paragraphs: readonly Utf16Range[],
  marks: readonly number[] = findSentenceMarks(text),
): SentenceRange[] {
  const out: SentenceRange[] = [];
  for (let k = 0; k < paragraphs.length; k++) splitParagraph(text, paragraphs[k]!, k, marks, out);
  return out;
}

/**
 * Splits the paragraphs of `text` into sentences, with code-point offsets and the paragraph index.
 * Abbreviations ("Oct. 31", "Mr.", "U.S.", "Inc.", "z. B.", "Nr. 5"), decimals, German ordinal dates
 * ("31. Oktober") do not end a sentence; Korean sentences end at "다." / "요." or at "다" before a
 * line break. `paragraphs` (code points) defaults to {@link segmentParagraphs} of `text`.
 */
export function segmentSentences(text: string, paragraphs?: readonly Span[]): Sentence[] {
  const index = new CodePointIndex(text);
  const ranges =
    paragraphs === undefined
      ? findParagraphRanges(text)
      : paragraphs.map((p) => ({ start: index.toUtf16(p.start), end: index.toUtf16(p.end) }));
  return findSentenceRanges(text, ranges).map((s) => ({
    start: index.toCodePoint(s.start),
    end: index.toCodePoint(s.end),
    paragraph: s.paragraph,
  }));
}
