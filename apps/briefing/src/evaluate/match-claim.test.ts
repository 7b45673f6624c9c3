import type { Value } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import type { GoldClaim } from './gold-schema.js';
import { locateQuote } from './locate-quote.js';
import { foldText, matchClaim, matchValue, weekdayOf } from './match-claim.js';
import { makeClaim, makeTarget, TEST_RESOLVE } from './test-claims.js';

const gold = (g: Omit<GoldClaim, 'source' | 'quote' | 'field'>): GoldClaim => ({
  source: '000_test.txt',
  field: 'f',
  quote: 'q',
  ...g,
});
const match = (value: Value, g: Omit<GoldClaim, 'source' | 'quote' | 'field'>): boolean =>
  matchValue(value, gold(g), TEST_RESOLVE);

const entity = (id: string, name: string): Value => ({ type: 'entity', id, name, kind: 'org' });

describe('matchValue', () => {
  it('quantity: same amount, and the same qualifier when the gold has one', () => {
    const q: Value = { type: 'quantity', amount: 260000, unit: 'GPU', qualifier: 'up_to' };
    expect(match(q, { value: 260000, qualifier: 'up_to' })).toBe(true);
    expect(match(q, { value: 260000 })).toBe(true);
    expect(match(q, { value: 260000, qualifier: 'more_than' })).toBe(false);
    expect(match(q, { value: 250000, qualifier: 'up_to' })).toBe(false);
    expect(match(q, {})).toBe(false);
  });

  it('allocation: compares its quantity', () => {
    const a: Value = {
      type: 'allocation',
      recipient: { type: 'entity', id: 'gov', name: 'government', kind: 'gov' },
      quantity: { type: 'quantity', amount: 50000, unit: 'GPU', qualifier: 'about' },
    };
    expect(match(a, { value: 50000, qualifier: 'about' })).toBe(true);
    expect(match(a, { value: 50000, qualifier: 'exact' })).toBe(false);
  });

  it('entity: resolves the gold name through the gazetteer (name or alias, any case, folded) and compares ids', () => {
    expect(match(entity('nvidia', 'Nvidia'), { value: 'NVIDIA' })).toBe(true);
    expect(match(entity('nvidia', 'Nvidia'), { value: 'nvidia' })).toBe(true);
    expect(match(entity('apec', 'APEC summit'), { value: 'APEC summit' })).toBe(true);
    expect(match(entity('lee-jae-myung', 'Lee Jae Myung'), { value: 'Lee\u00a0Jae-myung' })).toBe(true);
    expect(match(entity('nvidia-corp', 'Nvidia'), { value: 'Nvidia' })).toBe(false);
    expect(match(entity('openai', 'OpenAI'), { value: 'Nvidia' })).toBe(false);
  });

  it('entity: compares names case-insensitively when the gazetteer lacks the gold name', () => {
    expect(match(entity('blackrock', 'BlackRock'), { value: 'Blackrock' })).toBe(true);
    expect(match(entity('blackrock', 'BlackRock'), { value: 'OpenAI' })).toBe(false);
    expect(match(entity('blackrock', 'BlackRock'), {})).toBe(false);
  });

  it('date: same ISO date, or the same weekday for a weekday-only gold claim (en/de/ko names)', () => {
    const day: Value = { type: 'date', date: '2025-10-31', precision: 'day' };
    const friday: Value = { type: 'date', weekday: 'friday' };
    expect(match(day, { value: '2025-10-31' })).toBe(true);
    expect(match(day, { value: '2025-10-31', weekday_only: 'Friday' })).toBe(true);
    expect(match(day, { value: '2025-11-01' })).toBe(false);
    expect(match(friday, { value: '2025-10-31', weekday_only: 'Friday' })).toBe(true);
    expect(match(friday, { value: '2025-10-31', weekday_only: 'Freitag' })).toBe(true);
    expect(match(friday, { value: '2025-10-31', weekday_only: '금요일' })).toBe(true);
    expect(match(friday, { value: '2025-10-31', weekday_only: 'Donnerstag' })).toBe(false);
    expect(match(friday, { value: '2025-10-31' })).toBe(false);
    expect(weekdayOf('Sonnabend')).toBe('saturday');
    expect(weekdayOf('Fri')).toBeUndefined();
  });

  it('money: "undisclosed" or the same amount', () => {
    const undisclosed: Value = { type: 'money', undisclosed: true };
    const amount: Value = { type: 'money', amount: 5e12, currency: 'USD' };
    expect(match(undisclosed, { value: 'undisclosed' })).toBe(true);
    expect(match(undisclosed, { value: 5e12 })).toBe(false);
    expect(match(amount, { value: 5e12 })).toBe(true);
    expect(match(amount, { value: 'undisclosed' })).toBe(false);
    expect(match(amount, { value: 1e12 })).toBe(false);
  });

  it('quote: the speaker resolved like an entity; the text need not equal the gold quote', () => {
    const quote: Value = {
      type: 'quote',
      speaker: { type: 'entity', id: 'lee-jae-myung', name: 'Lee Jae Myung', kind: 'person' },
      text: 'a longer quotation than the gold phrase',
    };
    expect(match(quote, { speaker: 'Lee Jae Myung' })).toBe(true);
    expect(match(quote, { speaker: '이재명' })).toBe(true);
    expect(match(quote, { speaker: 'Jensen Huang' })).toBe(false);
    expect(match(quote, {})).toBe(false);
  });

  it('text and vocabulary: equal ignoring case, whitespace and punctuation', () => {
    const text: Value = { type: 'text', text: 'AI hub of the Asia-Pacific' };
    expect(match(text, { value: 'ai hub of the asia pacific' })).toBe(true);
    expect(match(text, { value: ' AI  hub of the Asia\u2011Pacific.' })).toBe(true);
    expect(match(text, { value: 'top three AI power' })).toBe(false);
    expect(foldText('“Digital   twins”')).toBe('digital twins');
  });
});

describe('matchClaim', () => {
  const target = makeTarget(0, { field: 'gpu_total', value: 260000, qualifier: 'up_to' }, [10, 20], [50, 60]);
  const q: Value = { type: 'quantity', amount: 260000, unit: 'GPU', qualifier: 'up_to' };

  it('needs the same source and field and a citation overlapping an occurrence of the quote', () => {
    expect(matchClaim(makeClaim('a', 'gpu_total', q, 12, 15), target, TEST_RESOLVE)).toEqual({
      occurrences: [0],
      overlap: 3,
    });
    expect(matchClaim(makeClaim('b', 'gpu_total', q, 15, 55), target, TEST_RESOLVE)).toEqual({
      occurrences: [0, 1],
      overlap: 5,
    });
    expect(matchClaim(makeClaim('c', 'gpu_total', q, 20, 50), target, TEST_RESOLVE)).toBeNull();
    expect(matchClaim(makeClaim('d', 'gpu_total', q, 12, 15, '001'), target, TEST_RESOLVE)).toBeNull();
    expect(matchClaim(makeClaim('e', 'gpu_public_sector', q, 12, 15), target, TEST_RESOLVE)).toBeNull();
    const other: Value = { ...q, qualifier: 'exact' };
    expect(matchClaim(makeClaim('f', 'gpu_total', other, 12, 15), target, TEST_RESOLVE)).toBeNull();
  });
});

describe('locateQuote', () => {
  it('finds every occurrence in code points on the folded view', () => {
    const text = '😀 Gyeongju\u00a0Hwabaek center; a quarter\u2011million. Gyeongju Hwabaek again';
    expect(locateQuote(text, 'Gyeongju Hwabaek')).toEqual([
      { start: 2, end: 18 },
      { start: 46, end: 62 },
    ]);
    expect(locateQuote(text, 'quarter-million')).toEqual([{ start: 29, end: 44 }]);
    expect(locateQuote(text, 'Seoul')).toEqual([]);
  });
});
