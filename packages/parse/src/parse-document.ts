import {
  CodePointIndex,
  type Document,
  type Language,
  type Paragraph,
  type Problem,
  sha256Hex,
  sourceIdFromFile,
} from '@dealbrief/core';
import { decodeText } from './decode-text.js';
import { type LanguageScore, rankLanguages, scoreScannedLanguage } from './detect-language.js';
import { findBylineRange } from './find-byline.js';
import { findDatelineRange } from './find-dateline.js';
import { findDuplicateRanges } from './find-duplicates.js';
import { type ParagraphScan, scanParagraph } from './scan-paragraph.js';
import { findLineLayout } from './segment-paragraphs.js';
import { findSentenceRanges, type SentenceRange } from './segment-sentences.js';
import type { Utf16Range } from './text-ranges.js';
import { makeVisibleText } from './visible-text.js';

/** What {@link parseDocument} reads: the file's name (as it should appear in messages) and its bytes. */
export interface ParseInput {
  /** File path or name, used in problems and as `Document.file`. */
  file: string;
  /** The raw bytes of the file. */
  bytes: Uint8Array;
  /** Source id; defaults to `sourceIdFromFile(file)`. */
  source?: string;
}

/** The parsed document, or null with the problems that prevented it. */
export interface ParseOutcome {
  document: Document | null;
  problems: Problem[];
}

/*
 * The arrays that pass between the steps below are built by index loops that `push` onto array
 * literals, never by `map`/`filter`: the optimised `map`/`filter` make holey arrays where the
 * unoptimised ones made packed ones, so every step optimised for one kind was deoptimised ("wrong map")
 * by the other once its caller was optimised, and compiled again. Each literal's allocation site also
 * settles on one elements kind, so even the empty arrays of empty documents share it.
 */

/** Whether a language is written in Latin script (English, German), whose guesses may be settled. */
function isLatinLanguage(language: Language): boolean {
  return language === 'en' || language === 'de';
}

/** The scores of the paragraphs that repeat no earlier one: those that count towards the ranking. */
function firstScores(
  scores: readonly (LanguageScore | undefined)[],
  duplicateOf: readonly (number | undefined)[],
): (LanguageScore | undefined)[] {
  const firsts: (LanguageScore | undefined)[] = [];
  for (let k = 0; k < scores.length; k++) if (duplicateOf[k] === undefined) firsts.push(scores[k]);
  return firsts;
}

/**
 * Gives unconfident Latin-script guesses (headings, e-mail addresses, one-word lines) the document's
 * main language, so a German article's heading is not called English for want of function words.
 * Replaces those scores in `scores` itself (with new objects: a repeat shares its score object with the
 * paragraph it repeats, and each is replaced from the object it held).
 */
function settleLanguages(
  scores: (LanguageScore | undefined)[],
  duplicateOf: readonly (number | undefined)[],
): void {
  const main = rankLanguages(firstScores(scores, duplicateOf))[0];
  if (main === undefined || !isLatinLanguage(main)) return;
  for (let k = 0; k < scores.length; k++) {
    const score = scores[k];
    if (score === undefined || score.confident || !isLatinLanguage(score.language)) continue;
    scores[k] = { language: main, weight: score.weight, confident: false };
  }
}

/** {@link scanParagraph} of each paragraph, in order, its sentence marks pushed onto `marks`. */
function scanParagraphs(view: string, ranges: readonly Utf16Range[], marks: number[]): ParagraphScan[] {
  const scans: ParagraphScan[] = [];
  for (let k = 0; k < ranges.length; k++)
    scans.push(scanParagraph(view, ranges[k]!.start, ranges[k]!.end, marks));
  return scans;
}

/**
 * What each paragraph shares with its repeats, for `findDuplicateRanges`: its Latin and Hangul counts
 * (15 bits of each), which collapsing whitespace (all that may differ between repeats) does not change.
 * Paragraphs that are no repeats may share it too; that only costs a comparison. Kept within 30 bits so
 * it is always a small integer, and the array of signatures always one of small integers.
 */
function repeatSignatures(scans: readonly ParagraphScan[]): number[] {
  const signatures: number[] = [];
  for (let k = 0; k < scans.length; k++) {
    const scan = scans[k]!;
    signatures.push(((scan.latin & 0x7fff) << 15) | (scan.hangul & 0x7fff));
  }
  return signatures;
}

/**
 * The language score of each paragraph from its scan. A repeat takes the score of the paragraph it
 * repeats: their texts differ at most in whitespace (the same `normalizeParagraphKey`), and whitespace
 * is neither a letter nor counted, so it only separates words, as one space would.
 */
function scoreParagraphs(
  view: string,
  ranges: readonly Utf16Range[],
  scans: readonly ParagraphScan[],
  duplicateOf: readonly (number | undefined)[],
): (LanguageScore | undefined)[] {
  const scores: (LanguageScore | undefined)[] = [];
  for (let k = 0; k < ranges.length; k++) {
    const earlier = duplicateOf[k];
    const range = ranges[k]!;
    scores.push(
      earlier === undefined ? scoreScannedLanguage(scans[k]!, view, range.start, range.end) : scores[earlier],
    );
  }
  return scores;
}

/**
 * A paragraph with exactly the fields it has (`language` and `duplicateOf` only when defined), each
 * combination made by one literal, so each has one shape from the start instead of growing into it.
 */
function makeParagraph(
  index: number,
  start: number,
  end: number,
  language: Language | undefined,
  duplicateOf: number | undefined,
): Paragraph {
  if (language !== undefined) {
    return duplicateOf === undefined
      ? { index, start, end, language }
      : { index, start, end, language, duplicateOf };
  }
  return duplicateOf === undefined ? { index, start, end } : { index, start, end, duplicateOf };
}

/** The paragraphs of the document, in code points, with their languages and the paragraphs they repeat. */
function makeParagraphs(
  ranges: readonly Utf16Range[],
  index: CodePointIndex,
  scores: readonly (LanguageScore | undefined)[],
  duplicateOf: readonly (number | undefined)[],
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (let k = 0; k < ranges.length; k++) {
    const range = ranges[k]!;
    paragraphs.push(
      makeParagraph(
        k,
        index.toCodePoint(range.start),
        index.toCodePoint(range.end),
        scores[k]?.language,
        duplicateOf[k],
      ),
    );
  }
  return paragraphs;
}

/** The indices of the paragraphs that repeat an earlier one. */
function listDuplicates(duplicateOf: readonly (number | undefined)[]): number[] {
  const duplicates: number[] = [];
  for (let k = 0; k < duplicateOf.length; k++) if (duplicateOf[k] !== undefined) duplicates.push(k);
  return duplicates;
}

/**
 * The sentences in code points. Without astral characters (the text has as many code points as UTF-16
 * units) every offset is its own code point offset, and the ranges, fresh objects of the same fields,
 * are the sentences.
 */
function sentencesInCodePoints(ranges: SentenceRange[], index: CodePointIndex): SentenceRange[] {
  if (index.length === index.text.length) return ranges;
  const sentences: SentenceRange[] = [];
  for (let k = 0; k < ranges.length; k++) {
    const s = ranges[k]!;
    sentences.push({
      start: index.toCodePoint(s.start),
      end: index.toCodePoint(s.end),
      paragraph: s.paragraph,
    });
  }
  return sentences;
}

/** A dateline or byline found in the view, in code points, its `text` re-read from the original (so it equals `text` at the span even for HTML). */
function citeSpan<T extends Utf16Range & { text: string }>(span: T, text: string, index: CodePointIndex): T {
  return {
    ...span,
    start: index.toCodePoint(span.start),
    end: index.toCodePoint(span.end),
    text: text.slice(span.start, span.end),
  };
}

/**
 * Parses one source file into a {@link Document}: decodes it ({@link decodeText}: UTF-8, UTF-16 or UTF-8
 * with BOM, EUC-KR, Windows-1252, HTML in its declared charset; the BOM removed, the text otherwise exactly
 * as decoded), splits paragraphs and sentences with code-point offsets (for HTML, over the visible text
 * only: see {@link makeVisibleText}; `text` stays the whole file), detects the languages present
 * (main first) and each paragraph's language, finds the dateline and byline, and marks paragraphs that
 * repeat an earlier one. Binary, undecodable, NUL-containing or empty input gives `document: null` and a problem.
 */
export function parseDocument(input: ParseInput): ParseOutcome {
  const { file, bytes } = input;
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return { document: null, problems: [decoded.problem] };
  const { text, encoding } = decoded;
  // Segmentation reads the visible text: the same text for plain files, for HTML a view of the same
  // length with tags, comments, scripts, styles and the head blanked out (so offsets carry over).
  const view = decoded.html ? makeVisibleText(text) : text;

  const { paragraphs: ranges, lines } = findLineLayout(view);
  // One pass over each paragraph gathers its language evidence and where its sentences may end (in
  // order, as the paragraphs are).
  const marks: number[] = [];
  const scans = scanParagraphs(view, ranges, marks);
  // Code-point offsets (the index is the identity, with no tables, when the text has no surrogate pair).
  const index = new CodePointIndex(text);
  const duplicateOf = findDuplicateRanges(view, ranges, repeatSignatures(scans));
  const scores = scoreParagraphs(view, ranges, scans, duplicateOf);
  settleLanguages(scores, duplicateOf);
  const paragraphs = makeParagraphs(ranges, index, scores, duplicateOf);
  const sentences = sentencesInCodePoints(findSentenceRanges(view, ranges, marks), index);

  const languages = rankLanguages(firstScores(scores, duplicateOf));
  const dateline = findDatelineRange(view, ranges, lines, languages[0]);
  const byline = findBylineRange(view, ranges, lines);
  const document: Document = {
    source: input.source ?? sourceIdFromFile(file),
    file,
    sha256: sha256Hex(bytes),
    text,
    encoding,
    languages,
    paragraphs,
    sentences,
    duplicates: listDuplicates(duplicateOf),
  };
  if (dateline !== undefined) document.dateline = citeSpan(dateline, text, index);
  if (byline !== undefined) document.byline = citeSpan(byline, text, index);
  return { document, problems: [] };
}
