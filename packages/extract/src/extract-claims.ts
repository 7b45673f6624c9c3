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

/** The map under `key` in `map`, made on first use. */
function level<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = map.get(key);
  if (inner === undefined) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}

/**
 * One claim per value per field and language in a document: a list member or a date named again later
 * in the same language adds no evidence. The better-evidenced mention (higher confidence) wins, then
 * the first. Quantities, allocations and quotes are kept as they are, first; the kept mentions follow
 * in the order their values were first seen. The slots are found level by level (field, language,
 * kind, key) with strings the drafts already hold, not by a key string built for every draft.
 */
function keepFirstMentions(drafts: DraftClaim[]): DraftClaim[] {
  const slots = new Map<string, Map<string, Map<string, Map<string, number>>>>();
  const kept: DraftClaim[] = [];
  const out: DraftClaim[] = [];
  for (const draft of drafts) {
    const kind = repeatKind(draft.value);
    if (kind === null) {
      out.push(draft);
      continue;
    }
    const byKey = level(level(level(slots, draft.field), draft.sentence.language), kind);
    const key = repeatKey(draft.value);
    const slot = byKey.get(key);
    if (slot === undefined) {
      byKey.set(key, kept.length);
      kept.push(draft);
    } else if (draft.confidence > kept[slot]!.confidence) kept[slot] = draft;
  }
  for (const draft of kept) out.push(draft);
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
