import type { DraftClaim } from './claim-factory.js';
import { clauseAround } from './clauses.js';
import { findAll } from './compile-patterns.js';
import type { CompiledProfile } from './compile-profile.js';
import { numbersIn } from './sentence-facts.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Claims for money fields (the deal's value): an amount of money in a clause whose cue says it is the
 * deal's value ("deals worth $3 billion", "im Wert von", "계약 규모는"), or, in a sentence with such a
 * cue, a vocabulary phrase valued "undisclosed" ("the value … remains undisclosed", "nicht
 * bekannt", "비공개"). A company's valuation is not a deal value: without a cue nothing is claimed.
 */
export function extractMoneyClaims(sentence: SentenceView, compiled: CompiledProfile): DraftClaim[] {
  const drafts: DraftClaim[] = [];
  for (const field of compiled.byExtractor.get('money') ?? []) {
    const cues = findAll(field.cues[sentence.language], sentence.text);
    if (cues.length === 0) continue;
    for (const num of numbersIn(sentence)) {
      if (num.kind !== 'money' || num.currency === undefined) continue;
      const clause = clauseAround(sentence.text, num.start, sentence.language);
      const cue = cues.find((c) => c.start >= clause.start && c.end <= clause.end);
      if (cue === undefined) continue;
      drafts.push({
        field: field.spec.key,
        value: { type: 'money', amount: num.value, currency: num.currency },
        sentence,
        start: Math.min(cue.start, num.start),
        end: Math.max(cue.end, num.end),
        rule: 'money/amount+cue',
        confidence: 0.85,
      });
    }
    for (const entry of field.vocabulary.filter((v) => v.value === 'undisclosed')) {
      for (const hit of findAll(entry.patterns[sentence.language], sentence.text)) {
        const cue = cues[0]!;
        drafts.push({
          field: field.spec.key,
          value: { type: 'money', undisclosed: true },
          sentence,
          start: Math.min(cue.start, hit.start),
          end: Math.max(cue.end, hit.end),
          rule: 'money/undisclosed',
          confidence: 0.85,
        });
      }
    }
  }
  return drafts;
}
