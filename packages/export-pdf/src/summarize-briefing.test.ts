import { type Briefing, BriefingSchema } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { joinWords, summarizeBriefing } from './summarize-briefing.js';
import { ALLOCATION_BRIEFING } from './test-allocation-briefing.js';
import { TEST_BRIEFING } from './test-briefing.js';

/** The fixture with every field but `gpu_total` not found (no value, members or evidence). */
const SPARSE: Briefing = BriefingSchema.parse({
  ...TEST_BRIEFING,
  fields: TEST_BRIEFING.fields.map((field) =>
    field.field === 'gpu_total'
      ? field
      : {
          ...field,
          value: null,
          display: '',
          members: [],
          status: 'not-found',
          support: [],
          dissent: [],
          consistent: [],
          sources: [],
          confidence: 0,
          rationale: '',
        },
  ),
});

describe('summarizeBriefing', () => {
  it('builds 3–6 sentences from the fixture, each answer with its status', () => {
    const sentences = summarizeBriefing(TEST_BRIEFING);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(6);
    expect(sentences[0]).toBe(
      'The deal covers up to 260,000 GPUs (disputed: one source says 250,000 GPUs), announced 2025-10-31 ' +
        '(one source) at Gyeongju Hwabaek International Convention Center (one source).',
    );
    expect(sentences).toContain('GPUs for the public sector: 50,000 GPUs.');
    expect(sentences).toContain(
      'Korean partner companies: Samsung Electronics, SK Group, LG (one source) and Naver Cloud (one source).',
    );
    expect(sentences.join(' ')).toContain('Deal value: undisclosed (one source)');
    expect(sentences.at(-1)).toBe(
      'Of 10 fields drawn from 7 usable sources (1 rejected), 3 agreed by independent sources, ' +
        '5 resting on one source, 1 disputed and 1 not found.',
    );
  });

  it('names the vendor, event and city when the catalogue has them, and the allocations', () => {
    const vendor = {
      ...TEST_BRIEFING.fields.find((field) => field.field === 'venue')!,
      field: 'vendor',
      label: 'Vendor',
      value: { type: 'entity', id: 'nvidia', name: 'Nvidia', kind: 'org' },
      display: 'Nvidia',
      status: 'agreed',
    };
    const city = {
      ...vendor,
      field: 'city',
      label: 'City',
      display: 'Gyeongju',
      value: { ...vendor.value, id: 'gyeongju', name: 'Gyeongju', kind: 'place' },
    };
    const briefing = BriefingSchema.parse({
      ...ALLOCATION_BRIEFING,
      fields: [...ALLOCATION_BRIEFING.fields, vendor, city],
    });
    const sentences = summarizeBriefing(briefing);
    expect(sentences[0]).toBe(
      'Nvidia will supply up to 260,000 GPUs (disputed: one source says 250,000 GPUs), announced 2025-10-31 ' +
        '(one source) at Gyeongju Hwabaek International Convention Center (one source) in Gyeongju.',
    );
    expect(sentences).toContain(
      'GPUs per recipient (one source each): Samsung Electronics up to 50,000 GPUs, SK Group up to 50,000 GPUs, ' +
        'Hyundai Motor Group up to 50,000 GPUs and Naver Cloud 60,000 GPUs.',
    );
    expect(sentences.length).toBeLessThanOrEqual(6);
  });

  it('skips fields that are not found, and says which', () => {
    const sentences = summarizeBriefing(SPARSE);
    expect(sentences).toEqual([
      'The deal covers up to 260,000 GPUs (disputed: one source says 250,000 GPUs).',
      'Of 10 fields drawn from 7 usable sources (1 rejected), 0 agreed by independent sources, ' +
        '0 resting on one source, 1 disputed and 9 not found.',
      'Not found in any source: GPUs for the public sector, Announced on, Venue, Korean partner companies, ' +
        'People, Deal value and 3 more.',
    ]);
    expect(sentences.join(' ')).not.toMatch(/undefined|null|\(\)/);
  });

  it('writes something sensible for a briefing without fields', () => {
    expect(summarizeBriefing({ ...TEST_BRIEFING, fields: [] })).toEqual([
      'Of 0 fields drawn from 7 usable sources (1 rejected), 0 agreed by independent sources, ' +
        '0 resting on one source, 0 disputed and 0 not found.',
    ]);
  });
});

describe('summarizeBriefing: many dissenting values', () => {
  it('names the three most widely given values and counts the others', () => {
    const base = TEST_BRIEFING.claims.find((claim) => claim.id === '003-gpu_total-2')!;
    const values = [240_000, 230_000, 230_000, 220_000, 220_000, 220_000, 210_000, 200_000];
    const dissent = values.map((amount, n) => ({
      ...base,
      id: `9${n}-gpu_total-1`,
      source: `9${n}`,
      value: { type: 'quantity' as const, amount, unit: 'GPU', qualifier: 'exact' as const },
      display: `${amount.toLocaleString('en-US')} GPUs`,
    }));
    const briefing = BriefingSchema.parse({
      ...TEST_BRIEFING,
      claims: [...TEST_BRIEFING.claims, ...dissent],
      fields: TEST_BRIEFING.fields.map((field) =>
        field.field === 'gpu_total' ? { ...field, dissent: dissent.map((claim) => claim.id) } : field,
      ),
    });
    expect(summarizeBriefing(briefing)[0]).toBe(
      'The deal covers up to 260,000 GPUs (disputed: three sources say 220,000 GPUs; two sources say ' +
        '230,000 GPUs; one source says 240,000 GPUs; 2 other values from two sources), announced ' +
        '2025-10-31 (one source) at Gyeongju Hwabaek International Convention Center (one source).',
    );
  });
});

describe('joinWords', () => {
  it('joins with commas and "and", and counts what it leaves out', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['A'])).toBe('A');
    expect(joinWords(['A', 'B'])).toBe('A and B');
    expect(joinWords(['A', 'B', 'C', 'D'], 2)).toBe('A, B and 2 more');
  });
});
