import type { CodePointIndex, Document, Language } from '@dealbrief/core';
import { type EntityMention, foldForMatching, type NumberMention } from '@dealbrief/normalize';
import type { UnknownName } from './unknown-names.js';

/**
 * What rules read from a whole paragraph, worked out once per paragraph and shared by the views of its
 * sentences (see sentence-facts.ts).
 */
export interface ParagraphFacts {
  /** Whether a pattern has a match in the paragraph's folded text, by pattern, once asked. */
  matches: Map<RegExp, boolean>;
}

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
  /** Facts of that paragraph, one object for all the views of its sentences. */
  paragraphFacts: ParagraphFacts;
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
  const paragraphFacts: ParagraphFacts[] = [];
  const views: SentenceView[] = [];
  document.sentences.forEach((sentence, i) => {
    const paragraph = document.paragraphs[sentence.paragraph];
    if (paragraph === undefined || paragraph.duplicateOf !== undefined) return;
    const raw = index.slice(sentence.start, sentence.end);
    let facts = paragraphFacts[sentence.paragraph];
    if (facts === undefined) {
      facts = { matches: new Map() };
      paragraphFacts[sentence.paragraph] = facts;
    }
    views.push({
      index: i,
      paragraph: sentence.paragraph,
      language: paragraph.language ?? fallback,
      raw,
      text: foldForMatching(raw),
      paragraphText: paragraphTexts[sentence.paragraph] ?? '',
      paragraphFacts: facts,
      utf16Start: index.toUtf16(sentence.start),
      numbers: undefined,
      mentions: undefined,
      clauseMentions: undefined,
      titled: undefined,
    });
  });
  return views;
}
