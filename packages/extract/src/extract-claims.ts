import { type Claim, CodePointIndex, type Document, type Profile } from '@dealbrief/core';
import { appendDrafts, type DraftClaim, finishClaims } from './claim-factory.js';
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
    appendDrafts(drafts, extractQuantityClaims(sentence, compiled));
    appendDrafts(drafts, extractEntityListClaims(sentence, compiled));
    appendDrafts(drafts, extractPersonClaims(sentence, compiled));
    appendDrafts(drafts, extractEntityClaims(sentence, compiled));
    appendDrafts(drafts, extractVocabularyClaims(sentence, compiled));
    appendDrafts(drafts, extractMoneyClaims(sentence, compiled));
    appendDrafts(drafts, extractDateClaims(sentence, compiled, dateContext));
    appendDrafts(drafts, extractPeriodClaims(sentence, compiled));
  }
  appendDrafts(drafts, extractQuoteClaims(sentences, compiled));
  return finishClaims(document.source, index, keepFirstMentions(drafts));
}
