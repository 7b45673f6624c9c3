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
import { findSentenceRanges } from './segment-sentences.js';
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

const LATIN_LANGUAGES: ReadonlySet<Language> = new Set(['en', 'de']);

/**
 * Gives unconfident Latin-script guesses (headings, e-mail addresses, one-word lines) the document's
 * main language, so a German article's heading is not called English for want of function words.
 */
function settleLanguages(scores: (LanguageScore | undefined)[], duplicateOf: (number | undefined)[]) {
  const main = rankLanguages(scores.filter((_, k) => duplicateOf[k] === undefined))[0];
  return scores.map((score) => {
    if (score === undefined || score.confident || main === undefined) return score;
    if (!LATIN_LANGUAGES.has(score.language) || !LATIN_LANGUAGES.has(main)) return score;
    return { ...score, language: main };
  });
}

/**
 * What a paragraph shares with its repeats, for `findDuplicateRanges`: its Latin and Hangul counts,
 * which collapsing whitespace (all that may differ between repeats) does not change. Paragraphs that
 * are no repeats may share it too; that only costs a comparison.
 */
function repeatSignature(scan: ParagraphScan): number {
  return scan.latin * 0x200000 + scan.hangul;
}

/**
 * Whether a paragraph's scan met a surrogate pair. For a plain text (not HTML, whose view blanks tags
 * that may hold some) none means the text has none: its paragraphs cover every trimmed non-blank line,
 * so the units outside them are line breaks and whitespace, and neither half of a pair is either.
 */
function hasAstral(scans: readonly ParagraphScan[]): boolean {
  for (const scan of scans) if (scan.astral) return true;
  return false;
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
) {
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
  const scans = ranges.map((r) => scanParagraph(view, r.start, r.end, marks));
  // Code-point offsets need an index only where the text has a surrogate pair (see hasAstral).
  const index = decoded.html || hasAstral(scans) ? new CodePointIndex(text) : undefined;
  const cp = (utf16: number): number => (index === undefined ? utf16 : index.toCodePoint(utf16));
  const duplicateOf = findDuplicateRanges(view, ranges, scans.map(repeatSignature));
  const scores = settleLanguages(scoreParagraphs(view, ranges, scans, duplicateOf), duplicateOf);
  const paragraphs: Paragraph[] = ranges.map((r, k) => {
    const paragraph: Paragraph = { index: k, start: cp(r.start), end: cp(r.end) };
    const language = scores[k]?.language;
    if (language !== undefined) paragraph.language = language;
    const earlier = duplicateOf[k];
    if (earlier !== undefined) paragraph.duplicateOf = earlier;
    return paragraph;
  });
  const sentenceRanges = findSentenceRanges(view, ranges, marks);
  // Without astral characters (the text has as many code points as UTF-16 units) every offset is its
  // own code point offset, and the ranges, fresh objects of the same fields, are the sentences.
  const sentences =
    index === undefined || index.length === text.length
      ? sentenceRanges
      : sentenceRanges.map((s) => ({ start: cp(s.start), end: cp(s.end), paragraph: s.paragraph }));

  const languages = rankLanguages(scores.filter((_, k) => duplicateOf[k] === undefined));
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
    duplicates: paragraphs.filter((p) => p.duplicateOf !== undefined).map((p) => p.index),
  };
  // The spans' `text` is re-read from the original, so it equals `text` at the span even for HTML.
  if (dateline !== undefined) {
    const at = { start: cp(dateline.start), end: cp(dateline.end) };
    document.dateline = { ...dateline, ...at, text: text.slice(dateline.start, dateline.end) };
  }
  if (byline !== undefined) {
    const at = { start: cp(byline.start), end: cp(byline.end) };
    document.byline = { ...byline, ...at, text: text.slice(byline.start, byline.end) };
  }
  return { document, problems: [] };
}
