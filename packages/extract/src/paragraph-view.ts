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

function buildParagraph(views: readonly SentenceView[]): ParagraphView | null {
  const first = views[0];
  if (first === undefined) return null;
  const text = first.paragraphText;
  const lead = text.indexOf(first.text);
  const utf16Start = first.utf16Start - Math.max(0, lead);
  // The raw paragraph: the folded text with each sentence's raw text put back in its place.
  let raw = '';
  let cursor = 0;
  const sentences: PlacedSentence[] = [];
  for (const view of views) {
    const start = view.utf16Start - utf16Start;
    const end = start + view.raw.length;
    if (start < cursor || end > text.length) return null;
    raw += text.slice(cursor, start) + view.raw;
    cursor = end;
    sentences.push({ view, start, end });
  }
  raw += text.slice(cursor);
  return {
    paragraph: first.paragraph,
    language: first.language,
    raw,
    text,
    utf16Start,
    sentences,
  };
}

/** The paragraphs of a document's sentence views, in order (sentences of a paragraph are contiguous). */
export function groupParagraphs(sentences: readonly SentenceView[]): ParagraphView[] {
  const groups: SentenceView[][] = [];
  for (const view of sentences) {
    const current = groups[groups.length - 1];
    if (current?.[0]?.paragraph === view.paragraph) current.push(view);
    else groups.push([view]);
  }
  return groups.map(buildParagraph).filter((p): p is ParagraphView => p !== null);
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
