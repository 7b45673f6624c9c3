import type { Language } from '@dealbrief/core';
import type { SentenceView } from './sentence-view.js';

/** A sentence placed in its paragraph: UTF-16 offsets relative to the paragraph start. */
export interface PlacedSentence {
  view: SentenceView;
  start: number;
  end: number;
}

/** A paragraph rebuilt from its sentence views, for rules that read across sentences. */
export interface ParagraphView {
  paragraph: number;
  language: Language;
  /** The paragraph as written (between sentences: the folded text, i.e. the same whitespace). */
  raw: string;
  /** The paragraph folded for matching (same UTF-16 length as `raw`). */
  text: string;
  /** UTF-16 index of the paragraph start in the document text. */
  utf16Start: number;
  sentences: PlacedSentence[];
}

/**
 * True when `part` stands in `text` at `at` (0 or more): a slice and an equality test, which compare
 * whole blocks of memory, where `startsWith` compares one character at a time.
 */
function holdsAt(text: string, part: string, at: number): boolean {
  return text.slice(at, at + part.length) === part;
}

function buildParagraph(views: readonly SentenceView[]): ParagraphView | null {
  const first = views[0];
  if (first === undefined) return null;
  const text = first.paragraphText;
  // Where the first sentence's text first occurs in the paragraph: at 0 when the paragraph starts with
  // it (nothing can occur before 0), which spares a search with a pattern as long as the sentence.
  const lead = holdsAt(text, first.text, 0) ? 0 : text.indexOf(first.text);
  const utf16Start = first.utf16Start - Math.max(0, lead);
  let cursor = 0;
  // Whether every sentence's raw text is already what the folded text holds in its place.
  let unfolded = true;
  const sentences: PlacedSentence[] = [];
  for (const view of views) {
    const start = view.utf16Start - utf16Start;
    const end = start + view.raw.length;
    if (start < cursor || end > text.length) return null;
    unfolded &&= holdsAt(text, view.raw, start);
    cursor = end;
    sentences.push({ view, start, end });
  }
  return {
    paragraph: first.paragraph,
    language: first.language,
    raw: unfolded ? text : restoreRaw(text, sentences),
    text,
    utf16Start,
    sentences,
  };
}

/**
 * The raw paragraph: the folded text with each sentence's raw text put back in its place (placed in
 * order, without overlaps). When every sentence's raw text equals the folded text there, that is the
 * folded text itself, and `buildParagraph` skips this.
 */
function restoreRaw(text: string, sentences: readonly PlacedSentence[]): string {
  let raw = '';
  let cursor = 0;
  for (const { view, start, end } of sentences) {
    raw += text.slice(cursor, start) + view.raw;
    cursor = end;
  }
  return raw + text.slice(cursor);
}

/** The paragraphs of a document's sentence views, in order (sentences of a paragraph are contiguous). */
export function groupParagraphs(sentences: readonly SentenceView[]): ParagraphView[] {
  const paragraphs: ParagraphView[] = [];
  let from = 0;
  for (let i = 1; i <= sentences.length; i++) {
    if (i < sentences.length && sentences[i]!.paragraph === sentences[from]!.paragraph) continue;
    const paragraph = buildParagraph(sentences.slice(from, i));
    if (paragraph !== null) paragraphs.push(paragraph);
    from = i;
  }
  return paragraphs;
}

/**
 * Index of the sentence holding paragraph offset `at` (the last one starting at or before it; 0 when
 * none does). Sentence starts never decrease (`buildParagraph` rejects overlaps), so the sentences
 * starting at or before `at` are a prefix and a binary search finds its end.
 */
export function sentenceAt(paragraph: ParagraphView, at: number): number {
  const { sentences } = paragraph;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
