import type { DateValue, Span } from '@dealbrief/core';
import { findDates, resolveDate } from '@dealbrief/normalize';
import type { DraftClaim } from './claim-factory.js';
import type { CompiledProfile } from './compile-profile.js';
import { mentionsIn } from './sentence-facts.js';
import type { SentenceView } from './sentence-view.js';
import { overlapsAny } from './text-scan.js';

/** What a date is resolved against, and what is not the event's date. */
export interface DateContext {
  /** Publication date of the source (YYYY-MM-DD), when known. */
  reference?: string | undefined;
  /** UTF-16 ranges of the document not to read dates from (the dateline). */
  exclude: readonly Span[];
}

/**
 * Claims for date fields (the announcement date): dates and weekdays in sentences that name one of
 * the deal's gazetteer entities ("President Lee … on Oct. 31", "am Freitag", "31일"), not the
 * dateline. A weekday or a date without a year is resolved against the publication date when it is
 * known; a weekday alone is otherwise kept as a weekday for reconcile to check.
 */
export function extractDateClaims(
  sentence: SentenceView,
  compiled: CompiledProfile,
  context: DateContext,
): DraftClaim[] {
  const fields = compiled.byExtractor.get('date') ?? [];
  if (fields.length === 0 || mentionsIn(sentence, compiled).length === 0) return [];
  const drafts: DraftClaim[] = [];
  for (const mention of findDates(sentence.text, sentence.language)) {
    const start = sentence.utf16Start + mention.start;
    const end = sentence.utf16Start + mention.end;
    if (overlapsAny(start, end, context.exclude)) continue;
    const resolved = resolveDate(mention, context.reference);
    if (resolved === null) continue;
    const value: DateValue =
      'weekday' in resolved ? { type: 'date', weekday: resolved.weekday } : { type: 'date', ...resolved };
    for (const field of fields) {
      drafts.push({
        field: field.spec.key,
        value,
        sentence,
        start: mention.start,
        end: mention.end,
        rule:
          'weekday' in resolved ? 'date/weekday' : mention.year === undefined ? 'date/resolved' : 'date/full',
        confidence: 'weekday' in resolved ? 0.6 : 0.85,
      });
    }
  }
  return drafts;
}
