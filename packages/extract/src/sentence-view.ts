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
 *
 * Each paragraph is folded once and its sentences' folded texts are slices of it: `foldForMatching`
 * replaces single code units by single code units, whatever stands around them, so folding a slice
 * gives the slice of the folded text. A sentence that does not lie inside its paragraph is folded on
 * its own.
 */
export function viewSentences(document: Document, index: CodePointIndex): SentenceView[] {
  const fallback: Language = document.languages[0] ?? 'en';
  const { paragraphs, sentences } = document;
  const source = index.text;
  const paragraphTexts: string[] = [];
  const paragraphStarts: number[] = [];
  for (const p of paragraphs) {
    if (p.duplicateOf === undefined) {
      const start = index.toUtf16(p.start);
      paragraphTexts.push(foldForMatching(source.slice(start, index.toUtf16(p.end))));
      paragraphStarts.push(start);
    } else {
      paragraphTexts.push('');
      paragraphStarts.push(0);
    }
  }
  const paragraphFacts: ParagraphFacts[] = [];
  const views: SentenceView[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const paragraph = paragraphs[sentence.paragraph];
    if (paragraph === undefined || paragraph.duplicateOf !== undefined) continue;
    const start = index.toUtf16(sentence.start);
    const end = index.toUtf16(sentence.end);
    const raw = source.slice(start, end);
    const paragraphText = paragraphTexts[sentence.paragraph]!;
    const from = start - paragraphStarts[sentence.paragraph]!;
    const inside = start <= end && from >= 0 && from + raw.length <= paragraphText.length;
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
      text: inside ? paragraphText.slice(from, from + raw.length) : foldForMatching(raw),
      paragraphText,
      paragraphFacts: facts,
      utf16Start: start,
      numbers: undefined,
      mentions: undefined,
      clauseMentions: undefined,
      titled: undefined,
    });
  }
  return views;
}
