import type { Language } from '@dealbrief/core';
import type { DraftClaim } from './claim-factory.js';
import type { CompiledProfile } from './compile-profile.js';
import { numbersIn, paragraphHasMatch } from './sentence-facts.js';
import type { SentenceView } from './sentence-view.js';

/** Words before a year that make it the end of a period ("through 2030", "bis 2030"). */
const UNTIL_BEFORE: Record<Language, RegExp> = {
  en: /(?:through|thru|until|till|by|to|up to|over the period to|by the end of)\s+(?:the end of\s+)?$/iu,
  de: /(?:bis|bis zum Jahr|bis Ende|bis zum Ende|bis einschließlich)\s+$/iu,
  ko: /$^/u,
};
/** Words after a year that make it the end of a period ("2030년까지"). */
const UNTIL_AFTER: Record<Language, RegExp> = {
  en: /^$^/u,
  de: /^$^/u,
  ko: /^\s?년?\s?(?:까지|말까지)/u,
};

/**
 * Claims for period fields: a year that ends a period ("through 2030", "bis 2030", "2030년까지") in a
 * sentence about the field's unit (a noun of it occurs in the paragraph), valued as that year.
 */
export function extractPeriodClaims(sentence: SentenceView, compiled: CompiledProfile): DraftClaim[] {
  const drafts: DraftClaim[] = [];
  const lang = sentence.language;
  const fields = compiled.byExtractor.get('period') ?? [];
  // Only a year can end a period: a sentence without one is not worth reading its paragraph for nouns.
  if (fields.length === 0 || !numbersIn(sentence).some((num) => num.kind === 'year')) return drafts;
  for (const field of fields) {
    const unit = field.spec.unit === undefined ? undefined : compiled.units.get(field.spec.unit);
    if (unit && !paragraphHasMatch(sentence, unit.nouns[lang])) continue;
    for (const num of numbersIn(sentence)) {
      if (num.kind !== 'year') continue;
      const before = UNTIL_BEFORE[lang].exec(sentence.text.slice(Math.max(0, num.start - 30), num.start));
      const after = UNTIL_AFTER[lang].exec(sentence.text.slice(num.end, num.end + 8));
      if (!before && !after) continue;
      drafts.push({
        field: field.spec.key,
        value: { type: 'date', date: String(num.value), precision: 'year' },
        sentence,
        start: before ? num.start - before[0].length : num.start,
        end: after ? num.end + after[0].length : num.end,
        rule: 'period/until',
        confidence: 0.8,
      });
    }
  }
  return drafts;
}
