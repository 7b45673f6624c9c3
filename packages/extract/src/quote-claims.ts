import type { EntityValue } from '@dealbrief/core';
import type { DraftClaim } from './claim-factory.js';
import type { CompiledProfile } from './compile-profile.js';
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
import { PREPOSITIONS } from './speech-cues.js';

interface Speaker {
  person: EntityValue;
  confidence: number;
}

function maskQuotations(text: string, quotations: readonly Quotation[]): string {
  let masked = text;
  for (const q of quotations)
    masked = masked.slice(0, q.start) + ' '.repeat(q.end - q.start) + masked.slice(q.end);
  return masked;
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

/** Reads a paragraph's quotations and person references, recording who it names in `history`. */
function prepareParagraph(
  view: ParagraphView,
  compiled: CompiledProfile,
  history: SpeakerHistory,
): QuoteParagraph {
  const quotations = findQuotations(view.text);
  const masked = maskQuotations(view.text, quotations);
  const mentions = compiled.matcher.find(masked);
  let refs = findPersonReferences(masked, mentions, view.language, compiled, history.surnames);
  const introduced = refs.flatMap((r) => (r.kind === 'new' ? listSurnames(r.name) : []));
  if (introduced.some((s) => !history.surnames.has(s))) {
    for (const s of introduced) history.surnames.add(s);
    refs = findPersonReferences(masked, mentions, view.language, compiled, history.surnames);
  }
  const p: QuoteParagraph = { view, masked, quotations, refs };
  const aliasesOf = (person: EntityValue) => compiled.entities.get(person.id)?.aliases ?? [person.name];
  let sentence = -1;
  for (const ref of refs) {
    const at = view.utf16Start + ref.nameStart;
    const inSentence = sentenceAt(view, ref.start);
    const first = inSentence !== sentence;
    sentence = inSentence;
    const person =
      ref.kind === 'surname'
        ? resolveSurname(history, ref.surname, at, aliasesOf, ref.title)
        : personOf(ref, compiled);
    if (person === null) continue;
    const before = /([\p{L}]+)[^\p{L}]*$/u.exec(masked.slice(Math.max(0, ref.start - 40), ref.start))?.[1];
    const subject = first && !PREPOSITIONS[view.language].has((before ?? '').toLowerCase());
    const title = ref.kind === 'pronoun' ? undefined : ref.title;
    recordSighting(history, { person, at, subject, ...(title ? { title } : {}) }, aliasesOf(person));
  }
  return p;
}

function resolveSpeaker(
  ref: PersonReference,
  at: number,
  compiled: CompiledProfile,
  history: SpeakerHistory,
): Speaker | null {
  const aliasesOf = (person: EntityValue) => compiled.entities.get(person.id)?.aliases ?? [person.name];
  if (ref.kind === 'pronoun') {
    const person = resolvePronoun(history, at);
    return person ? { person, confidence: 0.75 } : null;
  }
  if (ref.kind === 'surname') {
    const person = resolveSurname(history, ref.surname, at, aliasesOf, ref.title);
    return person ? { person, confidence: 0.75 } : null;
  }
  const person = personOf(ref, compiled);
  return person ? { person, confidence: 0.9 } : null;
}

function trimQuote(text: string, q: Quotation): { start: number; end: number } {
  let start = q.start;
  let end = q.end;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s,]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Claims for every 'quotes' field: direct quotations with their speaker, over all sentences of a document. */
export function extractQuoteClaims(
  sentences: readonly SentenceView[],
  compiled: CompiledProfile,
): DraftClaim[] {
  const fields = compiled.profile.fields.filter((f) => f.extractor === 'quotes');
  if (fields.length === 0) return [];
  const history = createSpeakerHistory();
  for (const entity of compiled.entities.values()) {
    if (entity.kind !== 'person') continue;
    for (const alias of entity.aliases) for (const s of listSurnames(alias)) history.surnames.add(s);
  }
  const drafts: DraftClaim[] = [];
  for (const view of groupParagraphs(sentences)) {
    const p = prepareParagraph(view, compiled, history);
    let previous = null as { quotation: Quotation; speaker: Speaker } | null;
    for (const q of p.quotations) {
      const span = trimQuote(view.raw, q);
      if (countWords(view.text.slice(span.start, span.end)) < MIN_QUOTE_WORDS) continue;
      const attribution = attributeQuotation(p, q, previous?.quotation ?? null);
      if (attribution === null) continue;
      const at = attribution.ref ? view.utf16Start + attribution.ref.nameStart : 0;
      const speaker: Speaker | undefined | null = attribution.ref
        ? resolveSpeaker(attribution.ref, at, compiled, history)
        : previous?.speaker;
      if (!speaker) continue;
      previous = { quotation: q, speaker };
      if (attribution.ref) {
        const aliases = compiled.entities.get(speaker.person.id)?.aliases ?? [speaker.person.name];
        recordSighting(history, { person: speaker.person, at, subject: true }, aliases);
      }
      const sentence = view.sentences[sentenceAt(view, span.start)]!.view;
      const offset = view.utf16Start - sentence.utf16Start;
      const text = view.raw.slice(span.start, span.end);
      for (const field of fields) {
        drafts.push({
          field: field.key,
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
