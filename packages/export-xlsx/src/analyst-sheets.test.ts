import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Briefing } from '@dealbrief/core';
import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_BRIEFING } from './test-briefing.js';
import { cellOf, findRow, followLink, rowValues, sheetOf, writeAndLoad } from './test-workbook.js';
import { writeXlsx } from './write-xlsx.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dealbrief-xlsx-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const load = (briefing?: Briefing) => writeAndLoad(dir, briefing);

/** Column A → column B of the About sheet, for rows whose A cell is text. */
function readAbout(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.CellValue> {
  const pairs = new Map<string, ExcelJS.CellValue>();
  sheet.eachRow((row) => {
    const key = row.getCell(1).value;
    if (typeof key === 'string' && !pairs.has(key)) pairs.set(key, row.getCell(2).value);
  });
  return pairs;
}

describe('writeXlsx for analysts', () => {
  it('writes one Quotes row per quote claim, linked to its Evidence and Sources rows', async () => {
    const workbook = await load();
    const quotes = sheetOf(workbook, 'Quotes');
    expect(rowValues(quotes, 1)).toEqual([
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
    expect(quotes.rowCount).toBe(2);
    expect(rowValues(quotes, 2).slice(1)).toEqual([
      'Lee Jae Myung',
      'President of South Korea',
      expect.stringMatching(/^I am confident that under your leadership/),
      expect.anything(),
      undefined,
      'L2:56',
      'single-source',
      0.8,
    ]);
    expect((cellOf(quotes, 2, 'status').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    const claim = followLink(quotes.getCell(2, 1));
    expect(claim).toMatchObject({ sheet: 'Evidence', label: '000-quotes-1' });
    expect(sheetOf(workbook, 'Evidence').getCell(claim.row, 1).value).toBe('000-quotes-1');
    const source = followLink(cellOf(quotes, 2, 'source'));
    expect(sheetOf(workbook, 'Sources').getCell(source.row, 1).value).toBe('000');
  });

  it('writes the About sheet: run facts, inputs with sha256, witness groups and how to read it', async () => {
    const about = sheetOf(await load(), 'About');
    const facts = readAbout(about);
    expect(about.getCell('A1').value).toBe(TEST_BRIEFING.title);
    expect(facts.get('title')).toBe(TEST_BRIEFING.title);
    expect(facts.get('profile')).toBe('korea-nvidia-2025');
    expect(facts.get('as of')).toEqual(new Date('2025-11-04T00:00:00Z'));
    expect(about.getCell(findRow(about, 'as of'), 2).numFmt).toBe('yyyy-mm-dd');
    expect([
      ...['sources', 'sources ok', 'sources rejected', 'claims', 'fields'].map((k) => facts.get(k)),
    ]).toEqual([8, 7, 1, 29, 10]);
    for (const source of TEST_BRIEFING.sources) {
      const row = findRow(about, source.id);
      expect(rowValues(about, row)).toEqual([source.id, source.file, source.sha256, source.status]);
    }
    expect(rowValues(about, findRow(about, '000+001'))).toEqual([
      '000+001',
      '000 001',
      '001 is a German version of 000',
      'translation',
    ]);
    const statuses = ['agreed', 'single-source', 'disputed', 'not-found'].map((s) =>
      rowValues(about, findRow(about, s)),
    );
    expect(statuses.map((r) => [r[0], r[3]])).toEqual([
      ['agreed', 3],
      ['single-source', 5],
      ['disputed', 1],
      ['not-found', 1],
    ]);
    expect(String(facts.get('disputed'))).toMatch(/contradicts/);
    expect(String(facts.get('confidence'))).toMatch(/^From 0 to 1/);
    for (const sheet of ['Briefing', 'Evidence', 'Conflicts', 'Quotes', 'Sources', 'About'])
      expect(facts.get(sheet), sheet).toEqual(expect.any(String));
    expect(about.autoFilter).toBeUndefined();
  });

  it('writes amounts as numbers with thousands separators and dates as dates', async () => {
    const workbook = await load();
    const briefing = sheetOf(workbook, 'Briefing');
    const gpu = findRow(briefing, 'gpu_total');
    expect(cellOf(briefing, gpu, 'amount').value).toBe(260000);
    expect(cellOf(briefing, gpu, 'amount').numFmt).toBe('#,##0');
    expect(cellOf(briefing, gpu, 'date').value).toBeNull();
    expect(cellOf(briefing, findRow(briefing, 'partner_companies'), 'amount').value).toBeNull();
    expect(cellOf(briefing, findRow(briefing, 'deal_value'), 'amount').value).toBeNull();
    const date = cellOf(briefing, findRow(briefing, 'announcement_date'), 'date');
    expect(date.value).toEqual(new Date('2025-10-31T00:00:00Z'));
    expect(date.numFmt).toBe('yyyy-mm-dd');
    expect(cellOf(briefing, findRow(briefing, 'announcement_date'), 'value').value).toBe('2025-10-31');

    const evidence = sheetOf(workbook, 'Evidence');
    const ko = findRow(evidence, '005-gpu_total-1');
    expect(rowValues(evidence, 1).slice(2, 5)).toEqual(['value', 'amount', 'date']);
    expect(cellOf(evidence, ko, 'amount').value).toBe(260000);
    expect(cellOf(evidence, ko, 'amount').numFmt).toBe('#,##0');
    expect(cellOf(evidence, findRow(evidence, '000-gpu_public_sector-1'), 'amount').value).toBe(50000);
    expect(cellOf(evidence, findRow(evidence, '000-announcement_date-1'), 'date').value).toBeNull();
    expect(cellOf(evidence, findRow(evidence, '002-announcement_date-1'), 'date').value).toEqual(
      new Date('2025-10-31T00:00:00Z'),
    );

    const sources = sheetOf(workbook, 'Sources');
    const published = cellOf(sources, findRow(sources, '002'), 'published');
    expect(published.value).toEqual(new Date('2025-11-03T00:00:00Z'));
    expect(published.numFmt).toBe('yyyy-mm-dd');
  });

  it('formats a fractional amount with decimals and a year as a year', async () => {
    const fields = TEST_BRIEFING.fields.map((f) => {
      if (f.field === 'deal_value')
        return { ...f, value: { type: 'money' as const, amount: 1.5, currency: 'USD' } };
      if (f.field === 'announcement_date')
        return { ...f, value: { type: 'date' as const, date: '2030', precision: 'year' as const } };
      return f;
    });
    const briefing = sheetOf(await load({ ...TEST_BRIEFING, fields }), 'Briefing');
    const money = cellOf(briefing, findRow(briefing, 'deal_value'), 'amount');
    expect([money.value, money.numFmt]).toEqual([1.5, '#,##0.00']);
    const year = cellOf(briefing, findRow(briefing, 'announcement_date'), 'date');
    expect([year.value, year.numFmt]).toEqual([new Date('2030-01-01T00:00:00Z'), 'yyyy']);
  });

  it('puts a note with the strongest supporting quote on each Briefing value', async () => {
    const briefing = sheetOf(await load(), 'Briefing');
    const noteOf = (field: string) => cellOf(briefing, findRow(briefing, field), 'value').note;
    // 005 and 000/001 have confidence 0.9; 005 (wire, 0.8) outweighs 000 and 001 (news, 0.7).
    expect(noteOf('gpu_total')).toBe('005 L3:24 “26만 장”');
    expect(noteOf('gpu_public_sector')).toBe('000 L4:19 “allocating 50,000 GPUs for public sector use”');
    expect(noteOf('announcement_date')).toBe('002 L7:44 “on Oct. 31”');
    expect(String(noteOf('partner_companies')).split('\n')).toEqual([
      expect.stringMatching(/^Samsung Electronics — 000 L1:395 “/),
      expect.stringMatching(/^SK Group — 000 L1:395 “/),
      'LG — 004 L1:148 “tech titans such as Samsung, LG, and Hyundai”',
      expect.stringMatching(/^Naver Cloud — 005 /),
    ]);
    expect(noteOf('quotes')).toMatch(/^Lee Jae Myung — 000 L2:56 “I am confident that/);
    expect(noteOf('gpu_delivery')).toBeUndefined();
  });

  it('groups Evidence rows by field in briefing order, then claim id, and links into the blocks', async () => {
    const workbook = await load();
    const evidence = sheetOf(workbook, 'Evidence');
    const rows = Array.from({ length: evidence.rowCount - 1 }, (_, i) => rowValues(evidence, i + 2));
    const fields = rows.map((r) => r[1]);
    const order = TEST_BRIEFING.fields.map((f) => f.field).filter((f) => fields.includes(f));
    expect([...new Set(fields)]).toEqual(order);
    expect(rows.filter((r) => r[1] === 'people').map((r) => r[0])).toEqual([
      '000-people-1',
      '000-people-2',
      '002-people-1',
      '002-people-2',
    ]);
    expect(rows.filter((r) => r[1] === 'gpu_total').map((r) => String(r[0]).slice(0, 3))).toEqual([
      '000',
      '001',
      '002',
      '002',
      '003',
      '003',
      '004',
      '005',
    ]);
    const briefing = sheetOf(workbook, 'Briefing');
    const people = followLink(briefing.getCell(findRow(briefing, 'people'), 1));
    expect(evidence.getCell(people.row, 1).value).toBe('000-people-1');
    expect(evidence.getCell(people.row - 1, 2).value).not.toBe('people');
    const conflicts = sheetOf(workbook, 'Conflicts');
    const claims = followLink(cellOf(conflicts, 2, 'claims'));
    expect(evidence.getCell(claims.row, 1).value).toBe('003-gpu_total-2');
  });

  it('writes the same bytes in any time zone', async () => {
    const zone = process.env['TZ'];
    try {
      process.env['TZ'] = 'Pacific/Kiritimati';
      await writeXlsx(TEST_BRIEFING, join(dir, 'east.xlsx'));
      process.env['TZ'] = 'America/Los_Angeles';
      await writeXlsx(TEST_BRIEFING, join(dir, 'west.xlsx'));
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
    expect((await readFile(join(dir, 'east.xlsx'))).equals(await readFile(join(dir, 'west.xlsx')))).toBe(
      true,
    );
  });
});
