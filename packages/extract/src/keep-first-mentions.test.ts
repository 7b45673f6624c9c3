import type { Value } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import type { DraftClaim } from './claim-factory.js';
import { keepFirstMentions } from './keep-first-mentions.js';
import type { SentenceView } from './sentence-view.js';

/** A draft as a rule gives it; keepFirstMentions reads the field, value, language and confidence. */
function draft(field: string, value: Value, language: 'en' | 'de' | 'ko', confidence: number, rule: string) {
  const sentence = { language } as SentenceView;
  return { field, value, sentence, start: 0, end: 1, rule, confidence } satisfies DraftClaim;
}

const samsung: Value = { type: 'entity', id: 'samsung', name: 'Samsung', kind: 'org' };
const count: Value = { type: 'quantity', amount: 260000, unit: 'GPU', qualifier: 'exact' };

describe('keepFirstMentions', () => {
  it('keeps one mention per value, field and language: the better-evidenced one, else the first', () => {
    const drafts = [
      draft('partners', samsung, 'en', 0.7, 'first'),
      draft('partners', samsung, 'en', 0.7, 'same confidence, later'),
      draft('partners', samsung, 'en', 0.9, 'better evidenced'),
      draft('partners', samsung, 'de', 0.7, 'other language'),
      draft('buyer', samsung, 'en', 0.7, 'other field'),
      draft('announced', { type: 'date', date: '2025-10-31', precision: 'day' }, 'en', 0.8, 'a date'),
      draft('announced', { type: 'date', weekday: 'friday' }, 'en', 0.8, 'a weekday'),
    ];
    expect(keepFirstMentions(drafts).map((d) => d.rule)).toEqual([
      'better evidenced',
      'other language',
      'other field',
      'a date',
      'a weekday',
    ]);
  });

  it('keeps quantities as stated, first, however often they repeat', () => {
    const drafts = [
      draft('partners', samsung, 'en', 0.7, 'entity'),
      draft('gpus', count, 'en', 0.8, 'quantity 1'),
      draft('gpus', count, 'en', 0.8, 'quantity 2'),
    ];
    expect(keepFirstMentions(drafts).map((d) => d.rule)).toEqual(['quantity 1', 'quantity 2', 'entity']);
  });
});
