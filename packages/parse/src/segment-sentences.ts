import { CodePointIndex, type Sentence, type Span } from '@dealbrief/core';
import {
  BEFORE_NUMBER_ABBREVIATIONS,
  GERMAN_MONTHS,
  GERMAN_ORDINAL_LEADS,
  NEVER_FINAL_ABBREVIATIONS,
} from './abbreviations.js';
import { findParagraphRanges } from './segment-paragraphs.js';
import { isSpaceAt, trimRange, type Utf16Range } from './text-ranges.js';

/** A sentence as UTF-16 range plus the index of its paragraph. */
export interface SentenceRange extends Utf16Range {
  paragraph: number;
}

/** Full-width terminals end a sentence even without a following space. */
const WIDE_TERMINAL = /[。！？]/u;
const CLOSER = /["'”’»›)\]}」』〉》]/u;
const HANGUL = /[\uac00-\ud7a3]/u;
/** Sentence terminals, as UTF-16 codes (the loop tests every character). */
const TERMINAL_CODES: ReadonlySet<number> = new Set([...'.!?。！？…'].map((c) => c.charCodeAt(0)));
/** Korean sentence-final syllables ("…다", "…요"), as UTF-16 codes. */
const KOREAN_FINAL_CODES: ReadonlySet<number> = new Set([...'다요까죠'].map((c) => c.charCodeAt(0)));
/** The year and month of a dotted date ("2025. 11. 3."), ending at its day. */
const DOTTED_DATE_END = /(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}$/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

/** The word (letters and inner periods) that ends right before UTF-16 index `end`. */
function readWordBefore(text: string, end: number, from: number): string {
  let s = end;
  while (s > from && (isLetter(text[s - 1]) || (text[s - 1] === '.' && isLetter(text[s - 2])))) s--;
  return text.slice(s, end);
}

/** The letters starting at `start`. */
function readWordAfter(text: string, start: number, to: number): string {
  let e = start;
  while (e < to && isLetter(text[e])) e++;
  return text.slice(start, e);
}

/** Decides whether a single period at `dot` ends the sentence, given the next non-space index `next`. */
function periodEndsSentence(text: string, dot: number, next: number, range: Utf16Range): boolean {
  const nextChar = text[next] ?? '';
  const nextIsDigit = /\d/.test(nextChar);
  const token = readWordBefore(text, dot, range.start);
  if (token === '') {
    let d = dot;
    while (d > range.start && /\d/.test(text[d - 1]!)) d--;
    if (d === dot) return true;
    if (nextIsDigit) return false; // "2025. 11. 3." or numbered items
    if (dot - d > 2) return true; // a year or an amount, not an ordinal
    if (DOTTED_DATE_END.test(text.slice(Math.max(range.start, dot - 12), dot))) return false; // 2025. 11. 3.
    if (GERMAN_MONTHS.has(readWordAfter(text, next, range.end).toLowerCase())) return false;
    let w = d;
    while (w > range.start && isSpaceAt(text, w - 1)) w--;
    return !GERMAN_ORDINAL_LEADS.has(readWordBefore(text, w, range.start).toLowerCase());
  }
  if (!LATIN_LETTER.test(token)) return true; // Korean and other scripts: the period ends it
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return false; // U.S., e.g., i.e.
  if (token.length === 1) return false; // initials, "z. B."
  const lower = token.toLowerCase();
  if (NEVER_FINAL_ABBREVIATIONS.has(lower)) return false;
  if (BEFORE_NUMBER_ABBREVIATIONS.has(lower) && nextIsDigit) return false;
  return true;
}

/** True when a Korean sentence-final syllable at `i` is followed by a line break (no period needed). */
function endsKoreanLine(text: string, i: number, end: number): boolean {
  if (!KOREAN_FINAL_CODES.has(text.charCodeAt(i)) || !HANGUL.test(text[i - 1] ?? '')) return false;
  for (let k = i + 1; k < end && isSpaceAt(text, k); k++) {
    if (text[k] === '\n' || text[k] === '\r') return true;
  }
  return false;
}

function splitParagraph(text: string, range: Utf16Range, paragraph: number, out: SentenceRange[]): void {
  const push = (start: number, end: number): void => {
    const r = trimRange(text, start, end);
    if (r.end > r.start) out.push({ ...r, paragraph });
  };
  let sentenceStart = range.start;
  let i = range.start;
  while (i < range.end) {
    const ch = text[i]!;
    if (endsKoreanLine(text, i, range.end)) {
      push(sentenceStart, i + 1);
      sentenceStart = i + 1;
      i++;
      continue;
    }
    if (!TERMINAL_CODES.has(ch.charCodeAt(0))) {
      i++;
      continue;
    }
    let j = i;
    while (j < range.end && TERMINAL_CODES.has(text.charCodeAt(j))) j++;
    const runIsPeriod = j - i === 1 && ch === '.';
    while (j < range.end && CLOSER.test(text[j]!)) j++;
    let next = j;
    while (next < range.end && isSpaceAt(text, next)) next++;
    const spaced = next > j || WIDE_TERMINAL.test(text[j - 1]!) || WIDE_TERMINAL.test(ch);
    const nextChar = text[next] ?? '';
    const breaks =
      next < range.end &&
      spaced &&
      !/\p{Ll}/u.test(nextChar) &&
      (!runIsPeriod || periodEndsSentence(text, i, next, range));
    if (breaks) {
      push(sentenceStart, j);
      sentenceStart = j;
    }
    i = j;
  }
  push(sentenceStart, range.end);
}

/** Sentence ranges (UTF-16) inside the given paragraph ranges, trimmed of whitespace. */
export function findSentenceRanges(text: string, paragraphs: readonly Utf16Range[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  paragraphs.forEach((range, k) => {
    splitParagraph(text, range, k, out);
  });
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
