import { type Claim, CodePointIndex, type Document, type Profile } from '@dealbrief/core';
import { type DraftClaim, finishClaims } from './claim-factory.js';
import { type CompiledProfile, compileProfile } from './compile-profile.js';
import { extractDateClaims } from './date-claims.js';
import { extractEntityClaims } from './entity-claims.js';
import { extractEntityListClaims } from './entity-list-claims.js';
import { keepFirstMentions } from './keep-first-mentions.js';
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
