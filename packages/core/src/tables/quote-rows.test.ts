import { describe, expect, it } from 'vitest';
import type { Briefing } from '../schemas/briefing.js';
import type { Claim } from '../schemas/claim.js';
import type { Field } from '../schemas/field.js';
import { indexBriefing } from './briefing-index.js';
import { listQuoteRows, QUOTE_COLUMNS, type QuoteRow, readQuoteStatus } from './quote-rows.js';
import { readTableCell } from './table-column.js';
import { TEST_BRIEFING } from './test-briefing.js';

const index = indexBriefing(TEST_BRIEFING);

function readRow(row: QuoteRow): Record<string, unknown> {
  return Object.fromEntries(QUOTE_COLUMNS.map((c) => [c.header, readTableCell(c, row, index)]));
}

function quotesField(briefing: Briefing = TEST_BRIEFING): Field {
  const field = briefing.fields.find((f) => f.field === 'quotes');
  if (field === undefined) throw new Error('no quotes field');
  return field;
}

/** The sample with a second, dissenting quote from 006 whose text starts like a formula. */
function withDissentingQuote(): Briefing {
  const first = TEST_BRIEFING.claims.find((c) => c.id === '000-quotes-1')!;
  if (first.value.type !== 'quote') throw new Error('000-quotes-1 is not a quote');
  const second: Claim = {
    ...first,
    id: '006-quotes-1',
    source: '006',
    value: { ...first.value, text: '=1+1' },
    citation: { ...first.citation, line: 7, column: 3 },
  };
  const fields = TEST_BRIEFING.fields.map((f) =>
    f.field === 'quotes' ? { ...f, members: f.members.map((m) => ({ ...m, dissent: ['006-quotes-1'] })) } : f,
  );
  return { ...TEST_BRIEFING, claims: [...TEST_BRIEFING.claims, second], fields };
}

describe('listQuoteRows', () => {
  it('lists one row per quote claim, in claim order, with its field and member', () => {
    const rows = listQuoteRows(TEST_BRIEFING);
    expect(rows.map((r) => r.claim.id)).toEqual(['000-quotes-1']);
    expect(rows[0]!.field).toBe(quotesField());
    expect(rows[0]!.member).toBe(quotesField().members[0]);
    expect(rows[0]!.quote.speaker.name).toBe('Lee Jae Myung');
  });

  it('keeps a quote no member supports, without a member', () => {
    const rows = listQuoteRows(withDissentingQuote());
    expect(rows.map((r) => [r.claim.id, r.member === undefined])).toEqual([
      ['000-quotes-1', false],
      ['006-quotes-1', true],
    ]);
  });

  it('takes the first member whose support names the claim', () => {
    const [member] = quotesField().members;
    const second = { ...member!, status: 'disputed' as const };
    const fields = TEST_BRIEFING.fields.map((f) =>
      f.field === 'quotes' ? { ...f, members: [{ ...member!, support: [] }, member!, second] } : f,
    );
    const [row] = listQuoteRows({ claims: TEST_BRIEFING.claims, fields });
    expect(row!.member).toBe(member);
    expect(readQuoteStatus(row!)).toBe('single-source');
  });

  it('lists nothing for a briefing without quotes', () => {
    expect(listQuoteRows({ claims: TEST_BRIEFING.claims.slice(0, 3), fields: [] })).toEqual([]);
  });
});

describe('readQuoteStatus', () => {
  it('reads the member status, the field status, dissent, or nothing', () => {
    const [supported, dissenting] = listQuoteRows(withDissentingQuote());
    expect(readQuoteStatus(supported!)).toBe('single-source');
    expect(readQuoteStatus(dissenting!)).toBe('dissent');
    const field = { ...quotesField(), members: [], support: ['000-quotes-1'], status: 'agreed' as const };
    expect(readQuoteStatus({ ...supported!, field, member: undefined })).toBe('agreed');
    expect(readQuoteStatus({ ...supported!, field: undefined, member: undefined })).toBeUndefined();
    expect(readQuoteStatus({ ...dissenting!, field: { ...field, support: [] } })).toBeUndefined();
  });
});

describe('QUOTE_COLUMNS', () => {
  it('has the documented headers', () => {
    expect(QUOTE_COLUMNS.map((c) => c.header)).toEqual([
      'claim',
      'speaker',
      'role',
      'quote',
      'source',
      'publisher',
      'location',
      'status',
      'confidence',
    ]);
  });

  it('reads speaker, role, quote, source, location, status and confidence', () => {
    expect(readRow(listQuoteRows(TEST_BRIEFING)[0]!)).toEqual({
      claim: '000-quotes-1',
      speaker: 'Lee Jae Myung',
      role: 'President of South Korea',
      quote: expect.stringMatching(/^I am confident that under your leadership/),
      source: '000',
      publisher: undefined,
      location: 'L2:56',
      status: 'single-source',
      confidence: 0.8,
    });
  });

  it('neutralises formula-like quotes', () => {
    const row = listQuoteRows(withDissentingQuote())[1]!;
    expect(readRow(row)).toMatchObject({ quote: "'=1+1", location: 'L7:3', status: 'dissent' });
  });
});
