import type { CodePointIndex, Document, Language } from '@dealbrief/core';
import { type EntityMention, foldForMatching, type NumberMention } from '@dealbrief/normalize';
import type { UnknownName } from './unknown-names.js';

/** A sentence to extract from: its folded text and the way back to code points in the document. */
export interface SentenceView {
  /** Index of the sentence in document.sentences. */
  index: number;
  paragraph: number;
  language: Language;
  /** The sentence as written. */
  raw: string;
  /** The same text folded for matching (same UTF-16 length as `raw`). */
  text: string;
  /** The folded text of the whole paragraph the sentence is in. */
  paragraphText: string;
  /** UTF-16 index of the sentence start in the document text. */
  utf16Start: number;
  /** The sentence's number mentions once read (see sentence-facts.ts); undefined before. */
  numbers: readonly NumberMention[] | undefined;
  /** The sentence's gazetteer mentions once read (see sentence-facts.ts); undefined before. */
  mentions: readonly EntityMention[] | undefined;
  /** Gazetteer mentions of clauses of the sentence once read, by clause (see sentence-facts.ts). */
  clauseMentions: Map<number, readonly EntityMention[]> | undefined;
  /** The people the gazetteer lacks that the sentence names with a title, once read (see sentence-facts.ts). */
  titled: readonly UnknownName[] | undefined;
}

/**
 * The sentences of a document worth reading: those of paragraphs that do not repeat an earlier
 * paragraph verbatim (a repeated paragraph yields its claims once).
 */
export function viewSentences(document: Document, index: CodePointIndex): SentenceView[] {
  const fallback: Language = document.languages[0] ?? 'en';
  const paragraphTexts = document.paragraphs.map((p) =>
    p.duplicateOf === undefined ? foldForMatching(index.slice(p.start, p.end)) : '',
  );
  const views: SentenceView[] = [];
  document.sentences.forEach((sentence, i) => {
    const paragraph = document.paragraphs[sentence.paragraph];
    if (paragraph === undefined || paragraph.duplicateOf !== undefined) return;
    const raw = index.slice(sentence.start, sentence.end);
    views.push({
      index: i,
      paragraph: sentence.paragraph,
      language: paragraph.language ?? fallback,
      raw,
      text: foldForMatching(raw),
      paragraphText: paragraphTexts[sentence.paragraph] ?? '',
      utf16Start: index.toUtf16(sentence.start),
      numbers: undefined,
      mentions: undefined,
      clauseMentions: undefined,
      titled: undefined,
    });
  });
  return views;
}
