import type { DraftClaim } from './claim-factory.js';
import { matchEndAt, matchesAt } from './compile-patterns.js';
import type { CompiledProfile } from './compile-profile.js';
import { gateStarts } from './phrase-gate.js';
import type { SentenceView } from './sentence-view.js';
import { overlapsAny } from './text-scan.js';

/** A phrase of a vocabulary entry found in the sentence. */
interface Hit {
  start: number;
  end: number;
  value: string;
}

/** Longer phrases first, then the earlier one (a stable sort keeps entry order among equals). */
function byLengthThenStart(a: Hit, b: Hit): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/** Scratch lists reused from sentence to sentence (the rule is not re-entered while it runs). */
const phraseStarts: number[] = [];
const fieldStarts: number[] = [];
const entryStarts: number[] = [];
const entryEnds: number[] = [];

/**
 * Claims for vocabulary fields (goals, applications, agreements, GPU models, context): every phrase
 * of a vocabulary entry the sentence contains, valued as the entry's canonical wording and citing
 * the phrase. Where two entries match overlapping words, the longer phrase wins.
 *
 * What each entry's pattern finds is what a scan of the sentence with it would find (its leftmost
 * matches, each search going on from the end of the previous one), but the text is scanned once: the
 * profile-wide gate lists every position at which it matches, and the entries are tried only there,
 * sticky. That is safe because wherever an entry matches, its field's pattern (the same phrases with
 * the same edge checks, one alternation) and the gate (the same phrases without edge checks) match at
 * the same position, so a position that is not listed holds no match of any entry.
 */
export function extractVocabularyClaims(sentence: SentenceView, compiled: CompiledProfile): DraftClaim[] {
  const drafts: DraftClaim[] = [];
  const gate = compiled.vocabularyStarts[sentence.language];
  if (!gate) return drafts;
  const { text, language } = sentence;
  const startCount = gateStarts(gate, text, phraseStarts);
  if (startCount === 0) return drafts;
  for (const field of compiled.byExtractor.get('vocabulary') ?? []) {
    const any = field.anyVocabulary[language];
    if (any === null) continue;
    // The positions where the field's pattern matches. A field is read only when one of its matches
    // is not empty, as a scan that skips empty matches (hasMatch) tells.
    let fieldCount = 0;
    let found = false;
    for (let i = 0; i < startCount; i++) {
      const at = phraseStarts[i]!;
      const end = matchEndAt(any, text, at);
      if (end < 0) continue;
      fieldStarts[fieldCount++] = at;
      if (end > at) found = true;
    }
    if (!found) continue;
    const hits: Hit[] = [];
    for (const entry of field.vocabulary) {
      const pattern = entry.stickyPatterns[language];
      if (pattern === null) continue;
      const count = matchesAt(pattern, text, fieldStarts, fieldCount, entryStarts, entryEnds);
      for (let i = 0; i < count; i++)
        hits.push({ start: entryStarts[i]!, end: entryEnds[i]!, value: entry.value });
    }
    hits.sort(byLengthThenStart);
    const taken = drafts.length;
    for (const hit of hits) {
      if (overlapsAny(hit.start, hit.end, drafts, taken)) continue;
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
