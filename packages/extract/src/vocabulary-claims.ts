import type { DraftClaim } from './claim-factory.js';
import { findAll, hasMatch } from './compile-patterns.js';
import type { CompiledProfile } from './compile-profile.js';
import type { SentenceView } from './sentence-view.js';
import { overlapsAny } from './text-scan.js';

/**
 * Claims for vocabulary fields (goals, applications, agreements, GPU models, context): every phrase
 * of a vocabulary entry the sentence contains, valued as the entry's canonical wording and citing
 * the phrase. Where two entries match overlapping words, the longer phrase wins.
 */
export function extractVocabularyClaims(sentence: SentenceView, compiled: CompiledProfile): DraftClaim[] {
  const drafts: DraftClaim[] = [];
  // A phrase any field would find, the profile-wide gate finds too, at the same place or earlier: a
  // sentence it misses has none, and no field's or entry's phrase starts before the gate's first match,
  // so they are searched from there.
  const first = compiled.vocabularyGate[sentence.language]?.exec(sentence.text)?.index;
  if (first === undefined) return drafts;
  for (const field of compiled.byExtractor.get('vocabulary') ?? []) {
    if (!hasMatch(field.anyVocabulary[sentence.language], sentence.text, first)) continue;
    const hits = field.vocabulary
      .flatMap((entry) =>
        findAll(entry.patterns[sentence.language], sentence.text, first).map((m) => ({
          ...m,
          value: entry.value,
        })),
      )
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: { start: number; end: number }[] = [];
    for (const hit of hits) {
      if (overlapsAny(hit.start, hit.end, taken)) continue;
      taken.push(hit);
      drafts.push({
        field: field.spec.key,
        value: { type: 'text', text: hit.value },
        sentence,
        start: hit.start,
        end: hit.end,
        rule: 'vocabulary/phrase',
        confidence: 0.85,
      });
    }
  }
  return drafts;
}
