import type { EntityValue } from '@dealbrief/core';
import type { DraftClaim } from './claim-factory.js';
import type { CompiledProfile } from './compile-profile.js';
import { readMaskedParagraph } from './masked-paragraph.js';
import { groupParagraphs, type ParagraphView, sentenceAt } from './paragraph-view.js';
import { findPersonReferences, type PersonReference } from './person-references.js';
import { attributeQuotation, type QuoteParagraph } from './quote-attribution.js';
import { countWords, findQuotations, MIN_QUOTE_WORDS, type Quotation } from './quote-marks.js';
import type { SentenceView } from './sentence-view.js';
import {
  createSpeakerHistory,
  listSurnames,
  recordSighting,
  resolvePronoun,
  resolveSurname,
  type SpeakerHistory,
} from './speaker-history.js';
import { isAfterPreposition } from './speech-cues.js';
import { isWhitespaceCode } from './text-scan.js';

interface Speaker {
  person: EntityValue;
  confidence: number;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

function personOf(ref: PersonReference, compiled: CompiledProfile): EntityValue | null {
  if (ref.kind === 'named') {
    const entity = compiled.entities.get(ref.id);
    if (entity === undefined) return null;
    const role = entity.role ? { role: entity.role } : {};
    return { type: 'entity', id: entity.id, name: entity.name, kind: 'person', ...role };
  }
  if (ref.kind === 'new')
    return {
      type: 'entity',
      id: `person-${slug(ref.name)}`,
      name: ref.name,
      kind: 'person',
      role: ref.title,
    };
  return null;
}

/** The ways a person is written: the gazetteer entity's aliases, or the name a new person was introduced with. */
function aliasesOf(person: EntityValue, compiled: CompiledProfile): readonly string[] {
  return compiled.entities.get(person.id)?.aliases ?? [person.name];
}

/** Reads a paragraph's person references outside its quotations, recording who it names in `history`. */
function prepareParagraph(
  view: ParagraphView,
  quotations: Quotation[],
  compiled: CompiledProfile,
  history: SpeakerHistory,
): QuoteParagraph {
  const read = readMaskedParagraph(view, quotations, compiled);
  const { masked } = read;
  // The surnames of the people introduced here count in this paragraph already.
  for (const person of read.titled) for (const s of listSurnames(person.name)) history.surnames.add(s);
  const refs = findPersonReferences(read, view.language, compiled, history.surnames);
  const p: QuoteParagraph = { view, masked, quotations, refs };
  let sentence = -1;
  for (const ref of refs) {
    const at = view.utf16Start + ref.nameStart;
    const inSentence = sentenceAt(view, ref.start);
    const first = inSentence !== sentence;
    sentence = inSentence;
    const person =
      ref.kind === 'surname' ? resolveSurname(history, ref.surname, at, ref.title) : personOf(ref, compiled);
    if (person === null) continue;
    // The sentence's first reference is its subject unless a preposition governs it ("told Lee").
    const subject = first && !isAfterPreposition(masked, ref.start, view.language);
    const title = ref.kind === 'pronoun' ? undefined : ref.title;
    recordSighting(history, { person, at, subject, title: title || undefined }, aliasesOf(person, compiled));
  }
  return p;
}

function resolveSpeaker(
  ref: PersonReference,
  at: number,
  compiled: CompiledProfile,
  history: SpeakerHistory,
): Speaker | null {
  if (ref.kind === 'pronoun') {
    const person = resolvePronoun(history, at);
    return person ? { person, confidence: 0.75 } : null;
  }
  if (ref.kind === 'surname') {
    const person = resolveSurname(history, ref.surname, at, ref.title);
    return person ? { person, confidence: 0.75 } : null;
  }
  const person = personOf(ref, compiled);
  return person ? { person, confidence: 0.9 } : null;
}

/** The quoted text without the whitespace around it and the commas after it (`/\s/u`, `/[\s,]/u`). */
function trimQuote(text: string, q: Quotation): { start: number; end: number } {
  let start = q.start;
  let end = q.end;
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && (isWhitespaceCode(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x2c))
    end--;
  return { start, end };
}

/** A quotation long enough to be speech, with its trimmed span in the paragraph. */
interface SpokenQuotation {
  quotation: Quotation;
  span: { start: number; end: number };
}

/** The quotations of a paragraph that are speech, not scare quotes (at least `MIN_QUOTE_WORDS` words). */
function findSpoken(view: ParagraphView, quotations: readonly Quotation[]): SpokenQuotation[] {
  const spoken: SpokenQuotation[] = [];
  for (const quotation of quotations) {
    const span = trimQuote(view.raw, quotation);
    if (countWords(view.text, span.start, span.end) >= MIN_QUOTE_WORDS) spoken.push({ quotation, span });
  }
  return spoken;
}

/**
 * Claims for every 'quotes' field: direct quotations with their speaker, over all sentences of a document.
 * A paragraph only adds to the speaker history, which only later paragraphs read, so the paragraphs
 * after the last one with spoken quotations are not read at all, nor is a document without any.
 */
export function extractQuoteClaims(
  sentences: readonly SentenceView[],
  compiled: CompiledProfile,
): DraftClaim[] {
  const fields = compiled.byExtractor.get('quotes') ?? [];
  if (fields.length === 0) return [];
  const paragraphs = groupParagraphs(sentences);
  // Arrays built here by index, not by `map`: an array `map` returns changes its element kind once this
  // function is optimised, which deoptimised the code reading it.
  const quotations: Quotation[][] = [];
  const spoken: SpokenQuotation[][] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const view = paragraphs[i]!;
    const found = findQuotations(view.text);
    quotations.push(found);
    spoken.push(findSpoken(view, found));
  }
  let last = spoken.length - 1;
  while (last >= 0 && spoken[last]!.length === 0) last--;
  if (last < 0) return [];
  const history = createSpeakerHistory(compiled.gazetteerSurnames);
  const drafts: DraftClaim[] = [];
  for (let i = 0; i <= last; i++) {
    const view = paragraphs[i]!;
    const p = prepareParagraph(view, quotations[i]!, compiled, history);
    let previous = null as { quotation: Quotation; speaker: Speaker } | null;
    for (const { quotation: q, span } of spoken[i]!) {
      const attribution = attributeQuotation(p, q, previous?.quotation ?? null);
      if (attribution === null) continue;
      const at = attribution.ref ? view.utf16Start + attribution.ref.nameStart : 0;
      const speaker: Speaker | undefined | null = attribution.ref
        ? resolveSpeaker(attribution.ref, at, compiled, history)
        : previous?.speaker;
      if (!speaker) continue;
      previous = { quotation: q, speaker };
      if (attribution.ref) {
        const sighting = { person: speaker.person, at, subject: true, title: undefined };
        recordSighting(history, sighting, aliasesOf(speaker.person, compiled));
      }
      const sentence = view.sentences[sentenceAt(view, span.start)]!.view;
      const offset = view.utf16Start - sentence.utf16Start;
      const text = view.raw.slice(span.start, span.end);
      for (const field of fields) {
        drafts.push({
          field: field.spec.key,
          value: { type: 'quote', speaker: speaker.person, text },
          sentence,
          start: offset + span.start,
          end: offset + span.end,
          rule: attribution.rule,
          confidence: speaker.confidence,
        });
      }
    }
  }
  return drafts;
}
