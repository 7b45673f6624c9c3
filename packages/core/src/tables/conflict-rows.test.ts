import { describe, expect, it } from 'vitest';
import type { Briefing } from '../schemas/briefing.js';
import type { Field } from '../schemas/field.js';
import { indexBriefing } from './briefing-index.js';
import { CONFLICT_COLUMNS, type ConflictRow, describeWitnesses, listConflictRows } from './conflict-rows.js';
import { formatValuedClaimReference } from './format-reference.js';
import { readTableCell } from './table-column.js';
import { TEST_BRIEFING } from './test-briefing.js';

const index = indexBriefing(TEST_BRIEFING);

function fieldOf(name: string, briefing: Briefing = TEST_BRIEFING): Field {
  const field = briefing.fields.find((f) => f.field === name);
  if (field === undefined) throw new Error(`no field ${name}`);
  return field;
}

function readRow(row: ConflictRow, at = index): Record<string, unknown> {
  return Object.fromEntries(CONFLICT_COLUMNS.map((c) => [c.header, readTableCell(c, row, at)]));
}

describe('listConflictRows', () => {
  it('lists disputed rows first, then single-source fields and list members, in briefing order', () => {
    const rows = listConflictRows(TEST_BRIEFING.fields);
    expect(rows.map((r) => [r.field.field, r.member?.display.slice(0, 13)])).toEqual([
      ['gpu_total', undefined],
      ['announcement_date', undefined],
      ['venue', undefined],
      ['partner_companies', 'LG'],
      ['partner_companies', 'Naver Cloud'],
      ['deal_value', undefined],
      ['quotes', 'Lee Jae Myung'],
      ['headline', undefined],
    ]);
  });

  it('gives a flagged list field without flagged members a row of its own', () => {
    const people = { ...fieldOf('people'), status: 'single-source' as const };
    expect(listConflictRows([people])).toEqual([{ field: people, member: undefined }]);
    expect(listConflictRows([fieldOf('gpu_public_sector'), fieldOf('gpu_delivery')])).toEqual([]);
  });
});

describe('CONFLICT_COLUMNS', () => {
  it('has the documented headers', () => {
    expect(CONFLICT_COLUMNS.map((c) => c.header)).toEqual([
      'field',
      'label',
      'member',
      'status',
      'confidence',
      'answer',
      'sources',
      'support',
      'dissent',
      'consistent',
      'claims',
      'rationale',
    ]);
  });

  it('reads a disputed field with its dissenting values and the lower bound that fits', () => {
    const row = readRow({ field: fieldOf('gpu_total'), member: undefined });
    expect(row).toMatchObject({
      field: 'gpu_total',
      label: 'GPUs in the deal',
      member: undefined,
      status: 'disputed',
      confidence: 0.78,
      answer: 'up to 260,000 GPUs',
      sources: '000 001 002 004 005',
      dissent: '250,000 GPUs — 003 L5:51 “receive 250,000 GPUs”',
      consistent: 'more than 250,000 GPUs — 003 L2:447 “more than a quarter‑million NVIDIA GPUs”',
      rationale: expect.stringContaining('so the field is disputed'),
    });
    expect(String(row['support']).split(' | ')).toHaveLength(6);
    expect(String(row['claims']).split(' ').slice(0, 3)).toEqual([
      '003-gpu_total-2',
      '003-gpu_total-1',
      '000-gpu_total-1',
    ]);
  });

  it('reads the weekdays that agree with a single-source date', () => {
    const row = readRow({ field: fieldOf('announcement_date'), member: undefined });
    expect(row).toMatchObject({
      status: 'single-source',
      answer: '2025-10-31',
      sources: '002',
      dissent: undefined,
      consistent: 'Friday — 000 L1:81 “Friday” | Friday — 001 L1:57 “Freitag”',
    });
  });

  it('reads a single-source member with its position and a sentence of its own', () => {
    const partners = fieldOf('partner_companies');
    const row = readRow({ field: partners, member: partners.members[2] });
    expect(row).toEqual({
      field: 'partner_companies',
      label: 'Korean partner companies',
      member: 3,
      status: 'single-source',
      confidence: 0.55,
      answer: 'LG',
      sources: '004',
      support: '004 L1:148 “tech titans such as Samsung, LG, and Hyundai”',
      dissent: undefined,
      consistent: undefined,
      claims: '004-partner_companies-1',
      rationale: 'Only 004 supports this member.',
    });
  });

  it('reads a disputed member, naming its witnesses once per group and its dissenting sources', () => {
    const partners = fieldOf('partner_companies');
    const member = {
      ...partners.members[0]!,
      status: 'disputed' as const,
      sources: ['000', '001', '002'],
      dissent: ['004-partner_companies-1'],
    };
    const row = readRow({ field: partners, member });
    expect(row['rationale']).toBe('Supported by 000+001 (one story), 002; contradicted by 004.');
    expect(row['dissent']).toBe('LG — 004 L1:148 “tech titans such as Samsung, LG, and Hyundai”');
  });

  it('neutralises formula-like answers', () => {
    expect(readRow({ field: fieldOf('headline'), member: undefined })['answer']).toMatch(/^'=HYPERLINK\(/);
  });
});

describe('describeWitnesses and formatValuedClaimReference', () => {
  it('collapses a whole witness group to its id, but not a lone member of it', () => {
    expect(describeWitnesses(['000', '001', '004'], index)).toBe('000+001 (one story), 004');
    expect(describeWitnesses(['001', '002'], index)).toBe('001, 002');
    expect(describeWitnesses([], index)).toBe('');
  });

  it('puts the value before the reference and marks an unknown claim', () => {
    expect(formatValuedClaimReference('005-gpu_total-1', index)).toBe('260,000 GPUs — 005 L3:24 “26만 장”');
    expect(formatValuedClaimReference('nope-1', index)).toBe('nope-1 (claim not in briefing)');
  });
});
