import { type Claim, CodePointIndex, type Document, type Profile, type Value } from '@dealbrief/core';
import { type DraftClaim, finishClaims } from './claim-factory.js';
import { type CompiledProfile, compileProfile } from './compile-profile.js';
import { extractDateClaims } from './date-claims.js';
import { extractEntityClaims } from './entity-claims.js';
import { extractEntityListClaims } from './entity-list-claims.js';
import { extractMoneyClaims } from './money-claims.js';
import { extractPeriodClaims } from './period-claims.js';
import { extractPersonClaims } from './person-claims.js';
import { extractQuantityClaims } from './quantity-claims.js';
import { extractQuoteClaims } from './quote-claims.js';
import { viewSentences } from './sentence-view.js';
import { extractVocabularyClaims } from './vocabulary-claims.js';

/** What extraction may know about a source beyond its text. */
export interface ExtractContext {
  /** Publication date (YYYY-MM-DD) from the registry; the document's dateline is used when absent. */
  published?: string | undefined;
}

const compiledProfiles = new WeakMap<Profile, CompiledProfile>();

function compiledFor(profile: Profile): CompiledProfile {
  let compiled = compiledProfiles.get(profile);
  if (!compiled) {
    compiled = compileProfile(profile);
    compiledProfiles.set(profile, compiled);
  }
  return compiled;
}

/**
 * The kind of value under which repeated statements count once (a weekday and a date apart), or null
 * when every statement counts (quantities, allocations, quotes).
 */
function repeatKind(value: Value): string | null {
  switch (value.type) {
    case 'entity':
    case 'text':
    case 'money':
      return value.type;
    case 'date':
      return 'weekday' in value ? 'weekday' : 'date';
    default:
      return null;
  }
}

/** The value's key within its {@link repeatKind}: a string the value holds, built only for money. */
function repeatKey(value: Value): string {
  switch (value.type) {
    case 'entity':
      return value.id;
    case 'text':
      return value.text;
    case 'date':
      return 'weekday' in value ? value.weekday : value.date;
    case 'money':
      return 'undisclosed' in value ? 'undisclosed' : `${value.currency}:${value.amount}`;
    default:
      return '';
  }
}

/** The mention kept for one field, language and kind of a value key; slots of one key are chained. */
interface Slot {
  field: string;
  language: string;
  kind: string;
  draft: DraftClaim;
  next: Slot | undefined;
}

/**
 * One claim per value per field and language in a document: a list member or a date named again later
 * in the same language adds no evidence. The better-evidenced mention (higher confidence) wins, then
 * the first. Quantities, allocations and quotes are kept as they are, first; the kept mentions follow
 * in the order their values were first seen. Slots are found by the value's key (a string the draft
 * already holds), then along the few slots of that key, so no key string is built per draft.
 */
function keepFirstMentions(drafts: DraftClaim[]): DraftClaim[] {
  const byKey = new Map<string, Slot>();
  const kept: Slot[] = [];
  const out: DraftClaim[] = [];
  for (const draft of drafts) {
    const kind = repeatKind(draft.value);
    if (kind === null) {
      out.push(draft);
      continue;
    }
    const { field } = draft;
    const { language } = draft.sentence;
    const key = repeatKey(draft.value);
    const head = byKey.get(key);
    let slot = head;
    while (slot !== undefined && !(slot.field === field && slot.language === language && slot.kind === kind))
      slot = slot.next;
    if (slot === undefined) {
      slot = { field, language, kind, draft, next: head };
      byKey.set(key, slot);
      kept.push(slot);
    } else if (draft.confidence > slot.draft.confidence) slot.draft = draft;
  }
  for (const slot of kept) out.push(slot.draft);
  return out;
}

/** Adds a rule's drafts to the document's (a loop, not `push(...spread)`: most rules find none). */
function append(drafts: DraftClaim[], found: readonly DraftClaim[]): void {
  for (let i = 0; i < found.length; i++) drafts.push(found[i]!);
}

/**
 * Every claim the profile's fields find in a document, each citing the smallest span that holds its
 * evidence. Paragraphs that repeat an earlier one verbatim are read once.
 */
export function extractClaims(document: Document, profile: Profile, context: ExtractContext = {}): Claim[] {
  const compiled = compiledFor(profile);
  const index = new CodePointIndex(document.text);
  const dateContext = {
    reference: context.published ?? document.dateline?.date,
    exclude: document.dateline
      ? [{ start: index.toUtf16(document.dateline.start), end: index.toUtf16(document.dateline.end) }]
      : [],
  };
  const drafts: DraftClaim[] = [];
  const sentences = viewSentences(document, index);
  for (const sentence of sentences) {
    append(drafts, extractQuantityClaims(sentence, compiled));
    append(drafts, extractEntityListClaims(sentence, compiled));
    append(drafts, extractPersonClaims(sentence, compiled));
    append(drafts, extractEntityClaims(sentence, compiled));
    append(drafts, extractVocabularyClaims(sentence, compiled));
    append(drafts, extractMoneyClaims(sentence, compiled));
    append(drafts, extractDateClaims(sentence, compiled, dateContext));
    append(drafts, extractPeriodClaims(sentence, compiled));
  }
  append(drafts, extractQuoteClaims(sentences, compiled));
  return finishClaims(document.source, index, keepFirstMentions(drafts));
}
