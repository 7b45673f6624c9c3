import { type Claim, CodePointIndex, type Document, type Profile, type Value } from '@dealbrief/core';
import { type DraftClaim, finishClaims } from './claim-factory.js';
import { type CompiledProfile, compileProfile } from './compile-profile.js';
import { extractEntityListClaims } from './entity-list-claims.js';
import { extractPersonClaims } from './person-claims.js';
import { extractQuantityClaims } from './quantity-claims.js';
import { viewSentences } from './sentence-view.js';

const compiledProfiles = new WeakMap<Profile, CompiledProfile>();

function compiledFor(profile: Profile): CompiledProfile {
  let compiled = compiledProfiles.get(profile);
  if (!compiled) {
    compiled = compileProfile(profile);
    compiledProfiles.set(profile, compiled);
  }
  return compiled;
}

function entityKey(value: Value): string | null {
  return value.type === 'entity' ? value.id : null;
}

/**
 * One claim per entity per field and language in a document: a list member named again later in the
 * same language adds no evidence. The mention with a title (higher confidence) wins, then the first.
 */
function keepFirstEntityMentions(drafts: DraftClaim[]): DraftClaim[] {
  const best = new Map<string, DraftClaim>();
  const out: DraftClaim[] = [];
  for (const draft of drafts) {
    const id = entityKey(draft.value);
    if (id === null) {
      out.push(draft);
      continue;
    }
    const key = `${draft.field}\u0000${id}\u0000${draft.sentence.language}`;
    const current = best.get(key);
    if (current === undefined || draft.confidence > current.confidence) best.set(key, draft);
  }
  return [...out, ...best.values()];
}

/**
 * Every claim the profile's fields find in a document, each citing the smallest span that holds its
 * evidence. Paragraphs that repeat an earlier one verbatim are read once.
 */
export function extractClaims(document: Document, profile: Profile): Claim[] {
  const compiled = compiledFor(profile);
  const index = new CodePointIndex(document.text);
  const drafts: DraftClaim[] = [];
  for (const sentence of viewSentences(document, index)) {
    drafts.push(...extractQuantityClaims(sentence, compiled));
    drafts.push(...extractEntityListClaims(sentence, compiled));
    drafts.push(...extractPersonClaims(sentence, compiled));
  }
  return finishClaims(document.source, index, keepFirstEntityMentions(drafts));
}
