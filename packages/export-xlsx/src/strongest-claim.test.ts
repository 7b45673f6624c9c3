import { type Field, indexBriefing } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { describeStrongestQuote, MAX_NOTE_LENGTH, selectStrongestClaim } from './strongest-claim.js';
import { TEST_BRIEFING } from './test-briefing.js';

const index = indexBriefing(TEST_BRIEFING);

function fieldOf(name: string): Field {
  const field = TEST_BRIEFING.fields.find((f) => f.field === name);
  if (field === undefined) throw new Error(`no field ${name}`);
  return field;
}

describe('selectStrongestClaim', () => {
  it('prefers confidence, then source weight, then the smaller id', () => {
    // 0.9 each: 005 (wire, 0.8) beats 000 and 001 (news, 0.7).
    expect(selectStrongestClaim(['000-gpu_total-1', '001-gpu_total-1', '005-gpu_total-1'], index)?.id).toBe(
      '005-gpu_total-1',
    );
    // Same confidence and weight (0.85, 002): the smaller id.
    expect(selectStrongestClaim(['002-gpu_total-2', '002-gpu_total-1'], index)?.id).toBe('002-gpu_total-1');
    // Confidence first: 003's 0.85 beats 004's 0.8 although 004 weighs more.
    expect(selectStrongestClaim(['004-gpu_total-1', '003-gpu_total-2'], index)?.id).toBe('003-gpu_total-2');
    expect(selectStrongestClaim(['nope'], index)).toBeUndefined();
  });
});

describe('describeStrongestQuote', () => {
  it('writes one reference for a field, one line per supported member for a list field', () => {
    expect(describeStrongestQuote(fieldOf('gpu_total'), index)).toBe('005 L3:24 “26만 장”');
    expect(describeStrongestQuote(fieldOf('people'), index)?.split('\n')).toEqual([
      'Lee Jae Myung (President of South Korea) — 000 L1:1 “South Korean President Lee Jae Myung”',
      'Chey Tae-won (SK Group Chairman) — 000 L4:456 “SK Group Chairman Chey Tae-won”',
    ]);
    expect(describeStrongestQuote(fieldOf('quotes'), index)).toMatch(/^Lee Jae Myung — 000 L2:56 “I am/);
    expect(describeStrongestQuote(fieldOf('gpu_delivery'), index)).toBeUndefined();
  });

  it('cuts a note longer than Excel allows', () => {
    const long = {
      ...TEST_BRIEFING.claims[0]!,
      citation: { ...TEST_BRIEFING.claims[0]!.citation, exact: 'x'.repeat(40_000) },
    };
    const big = indexBriefing({ ...TEST_BRIEFING, claims: [long] });
    const note = describeStrongestQuote({ ...fieldOf('gpu_total'), support: [long.id] }, big) ?? '';
    expect(note.length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
    expect(note.endsWith('…')).toBe(true);
  });
});
