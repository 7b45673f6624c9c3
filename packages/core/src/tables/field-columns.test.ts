import { describe, expect, it } from 'vitest';
import type { Field } from '../schemas/field.js';
import { indexBriefing } from './briefing-index.js';
import { collectFieldIds, displayField, FIELD_COLUMNS } from './field-columns.js';
import { readTableCell } from './table-column.js';
import { TEST_BRIEFING } from './test-briefing.js';

const index = indexBriefing(TEST_BRIEFING);

function fieldOf(name: string): Field {
  const field = TEST_BRIEFING.fields.find((f) => f.field === name);
  if (field === undefined) throw new Error(`no field ${name}`);
  return field;
}

function readRow(field: Field): Record<string, unknown> {
  return Object.fromEntries(FIELD_COLUMNS.map((c) => [c.header, readTableCell(c, field, index)]));
}

describe('collectFieldIds', () => {
  it('lists the field ids first, then members’ ids it lacks, without repeats', () => {
    expect(collectFieldIds(fieldOf('partner_companies'), 'sources')).toEqual(['000', '002', '004', '005']);
    expect(collectFieldIds(fieldOf('quotes'), 'support')).toEqual(['000-quotes-1']);
    expect(collectFieldIds(fieldOf('quotes'), 'sources')).toEqual(['000']);
    expect(collectFieldIds(fieldOf('gpu_total'), 'dissent')).toEqual(['003-gpu_total-2']);
    expect(collectFieldIds(fieldOf('announcement_date'), 'consistent')).toEqual([
      '000-announcement_date-1',
      '001-announcement_date-1',
    ]);
  });
});

describe('displayField', () => {
  it('joins list members, falls back to the value, and leaves a missing value empty', () => {
    expect(displayField(fieldOf('partner_companies'))).toBe('Samsung Electronics; SK Group; LG; Naver Cloud');
    expect(displayField({ ...fieldOf('gpu_total'), display: '' })).toBe('up to 260,000 GPUs');
    expect(displayField(fieldOf('gpu_delivery'))).toBe('');
  });
});

describe('FIELD_COLUMNS', () => {
  it('reads one row per field with readable citations, dissent and consistent claims', () => {
    expect(readRow(fieldOf('quotes'))).toMatchObject({
      sources: '000',
      citations: expect.stringMatching(/^000 L2:56 “I am confident that/),
      dissent: undefined,
      consistent: undefined,
    });
    expect(readRow(fieldOf('gpu_total'))).toMatchObject({
      dissent: '003 L5:51 “receive 250,000 GPUs”',
      consistent: '003 L2:447 “more than a quarter‑million NVIDIA GPUs”',
    });
    expect(readRow(fieldOf('announcement_date'))['consistent']).toBe(
      '000 L1:81 “Friday” | 001 L1:57 “Freitag”',
    );
    expect(readRow(fieldOf('headline'))).toMatchObject({
      value: `'${fieldOf('headline').display}`,
      confidence: 0.3,
      rationale: "'-5 points for an anonymous blog source",
    });
  });
});
