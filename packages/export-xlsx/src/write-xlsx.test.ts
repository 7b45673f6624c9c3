import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Briefing } from '@dealbrief/core';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INJECTED_DDE, INJECTED_FORMULA, TEST_BRIEFING } from './test-briefing.js';
import { formatDosDate, readZipEntries } from './test-unzip.js';
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

describe('writeXlsx', () => {
  it('writes six sheets, the tables with bold, frozen, filtered headers like the CSV files', async () => {
    const workbook = await load();
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Briefing',
      'Evidence',
      'Conflicts',
      'Quotes',
      'Sources',
      'About',
    ]);
    const briefing = sheetOf(workbook, 'Briefing');
    expect(rowValues(briefing, 1)).toEqual([
      'field',
      'label',
      'value',
      'amount',
      'date',
      'status',
      'confidence',
      'sources',
      'citations',
      'dissent',
      'consistent',
      'rationale',
    ]);
    expect(rowValues(sheetOf(workbook, 'Conflicts'), 1)).toHaveLength(12);
    expect(rowValues(sheetOf(workbook, 'Evidence'), 1)).toHaveLength(17);
    expect(rowValues(sheetOf(workbook, 'Quotes'), 1)).toHaveLength(9);
    expect(rowValues(sheetOf(workbook, 'Sources'), 1)).toHaveLength(16);
    for (const sheet of workbook.worksheets.filter((s) => s.name !== 'About')) {
      expect(sheet.getCell('A1').font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    expect(briefing.autoFilter).toBe('A1:L11');
    expect(sheetOf(workbook, 'Conflicts').autoFilter).toBe('A1:L9');
    expect(sheetOf(workbook, 'Evidence').autoFilter).toBe('A1:Q30');
    expect(sheetOf(workbook, 'Quotes').autoFilter).toBe('A1:I2');
    expect(sheetOf(workbook, 'Sources').autoFilter).toBe('A1:P9');
    expect(briefing.getColumn(9).width).toBeGreaterThan(briefing.getColumn(1).width ?? 0);
    expect(briefing.getCell('I2').alignment?.wrapText).toBe(true);
  });

  it('writes field values, citations and coloured statuses', async () => {
    const sheet = sheetOf(await load(), 'Briefing');
    const gpu = findRow(sheet, 'gpu_total');
    expect(sheet.getCell(gpu, 3).value).toBe('up to 260,000 GPUs');
    expect(cellOf(sheet, gpu, 'status').value).toBe('disputed');
    expect(cellOf(sheet, gpu, 'confidence').value).toBe(0.78);
    expect(cellOf(sheet, gpu, 'confidence').numFmt).toBe('0.00');
    expect(cellOf(sheet, gpu, 'citations').value).toContain('005 L3:24 “26만 장”');
    expect(cellOf(sheet, gpu, 'dissent').value).toBe('003 L5:51 “receive 250,000 GPUs”');
    expect(cellOf(sheet, gpu, 'consistent').value).toBe(
      '003 L2:447 “more than a quarter‑million NVIDIA GPUs”',
    );
    const partners = findRow(sheet, 'partner_companies');
    expect(sheet.getCell(partners, 3).value).toBe('Samsung Electronics; SK Group; LG; Naver Cloud');
    const fills: Record<string, string | undefined> = {};
    for (let r = 2; r <= sheet.rowCount; r++) {
      const cell = cellOf(sheet, r, 'status');
      fills[String(cell.value)] = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    }
    expect(fills).toEqual({
      agreed: 'FFC6EFCE',
      disputed: 'FFFFC7CE',
      'single-source': 'FFFFEB9C',
      'not-found': 'FFD9D9D9',
    });
  });

  it('links each field to its first evidence row and each claim to its source row', async () => {
    const workbook = await load();
    const briefing = sheetOf(workbook, 'Briefing');
    const evidence = sheetOf(workbook, 'Evidence');
    const sources = sheetOf(workbook, 'Sources');
    const firstSupport: Record<string, string> = {
      gpu_total: '000-gpu_total-1',
      gpu_public_sector: '000-gpu_public_sector-1',
      partner_companies: '000-partner_companies-1',
      // quotes keeps its evidence on its member only.
      quotes: '000-quotes-1',
      headline: '006-headline-1',
    };
    for (const [field, claimId] of Object.entries(firstSupport)) {
      const link = followLink(briefing.getCell(findRow(briefing, field), 1));
      expect(link).toMatchObject({ sheet: 'Evidence', label: field });
      expect(evidence.getCell(link.row, 1).value).toBe(claimId);
    }
    // A field without evidence has no link.
    expect(briefing.getCell(findRow(briefing, 'gpu_delivery'), 1).value).toBe('gpu_delivery');
    for (let r = 2; r <= evidence.rowCount; r++) {
      const link = followLink(cellOf(evidence, r, 'source'));
      expect(link.sheet).toBe('Sources');
      expect(sources.getCell(link.row, 1).value).toBe(link.label);
    }
  });

  it('lists disputed, then single-source fields and members on the Conflicts sheet', async () => {
    const workbook = await load();
    const conflicts = sheetOf(workbook, 'Conflicts');
    expect(rowValues(conflicts, 1)).toEqual([
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
    expect(conflicts.rowCount).toBe(9);
    expect(conflicts.getCell('A1').font?.bold).toBe(true);
    expect(conflicts.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(conflicts.getCell(2, 4).value).toBe('disputed');
    expect((conflicts.getCell(2, 4).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect((conflicts.getCell(3, 4).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    expect(conflicts.getCell(2, 9).value).toBe('250,000 GPUs — 003 L5:51 “receive 250,000 GPUs”');
    expect(conflicts.getCell(2, 10).value).toBe(
      'more than 250,000 GPUs — 003 L2:447 “more than a quarter‑million NVIDIA GPUs”',
    );
    expect(conflicts.getCell(2, 9).alignment?.wrapText).toBe(true);
    const lg = findRow(conflicts, 'partner_companies');
    expect(rowValues(conflicts, lg).slice(2, 7)).toEqual([3, 'single-source', 0.55, 'LG', '004']);
    expect(conflicts.getCell(lg, 12).value).toBe('Only 004 supports this member.');
  });

  it('links each conflict to its Briefing row and its claim ids to the first claim in Evidence', async () => {
    const workbook = await load();
    const conflicts = sheetOf(workbook, 'Conflicts');
    const briefing = sheetOf(workbook, 'Briefing');
    const evidence = sheetOf(workbook, 'Evidence');
    for (let r = 2; r <= conflicts.rowCount; r++) {
      const field = followLink(conflicts.getCell(r, 1));
      expect(field.sheet).toBe('Briefing');
      expect(briefing.getCell(field.row, 2).value).toBe(conflicts.getCell(r, 2).value);
      const claims = followLink(conflicts.getCell(r, 11));
      expect(claims.sheet).toBe('Evidence');
      expect(evidence.getCell(claims.row, 1).value).toBe(String(claims.label).split(' ')[0]);
    }
    const gpu = followLink(conflicts.getCell(2, 11));
    expect(gpu.label).toMatch(/^003-gpu_total-2 003-gpu_total-1 000-gpu_total-1 /);
  });

  it('shows the witness groups on the Sources sheet', async () => {
    const sources = sheetOf(await load(), 'Sources');
    expect(sources.getCell(1, 7).value).toBe('same_story_as');
    for (const id of ['000', '001']) {
      expect(sources.getCell(findRow(sources, id), 7).value).toBe('000+001: 001 is a German version of 000');
    }
    expect(sources.getCell(findRow(sources, '002'), 7).value).toBeNull();
  });

  it('keeps numbers as numbers and Korean text intact', async () => {
    const workbook = await load();
    const evidence = sheetOf(workbook, 'Evidence');
    const ko = findRow(evidence, '005-gpu_total-1');
    expect(rowValues(evidence, ko).slice(7, 17)).toEqual([
      '연합뉴스',
      41,
      46,
      3,
      24,
      '26만 장',
      '엔비디아가 한국 정부와 기업에 최신 GPU ',
      '을 공급하기로 했다.',
      'quantity-ko',
      0.9,
    ]);
    expect(cellOf(evidence, ko, 'start').numFmt).toBe('0');
    const sources = sheetOf(workbook, 'Sources');
    const gov = findRow(sources, '002');
    expect(sources.getCell(gov, 6).value).toBe(0.95);
    expect(sources.getCell(gov, 6).numFmt).toBe('0.00');
    expect(sources.getCell(gov, 8).value).toBe('en ko');
    expect(sources.getCell(gov, 15).value).toBe(2777);
    expect(sources.getCell(gov, 15).numFmt).toBe('#,##0');
    expect(sources.getCell(findRow(sources, '007'), 3).value).toBe('rejected');
    expect(sources.getCell(findRow(sources, '007'), 6).value).toBeNull();
    expect(sources.getCell(findRow(sources, '007'), 15).value).toBe(0);
    expect(sources.getCell(findRow(sources, '001'), 9).value).toBe('Süddeutsche Beispiel-Zeitung');
  });

  it('neutralises formula-like text from sources', async () => {
    const workbook = await load();
    const evidence = sheetOf(workbook, 'Evidence');
    const row = findRow(evidence, '006-headline-1');
    expect(cellOf(evidence, row, 'exact').value).toBe(`'${INJECTED_FORMULA}`);
    expect(cellOf(evidence, row, 'prefix').value).toBe("'@everyone ");
    expect(cellOf(evidence, row, 'suffix').value).toBe("'\tend");
    const sector = findRow(evidence, '006-gpu_public_sector-1');
    expect(cellOf(evidence, sector, 'prefix').value).toBe("'- the public and private arenas.");
    // The quote guards the leading CR; XML parsers read a raw CR back as LF.
    expect(cellOf(evidence, sector, 'suffix').value).toMatch(/^'[\r\n]will be allocated to the public$/);
    const sources = sheetOf(workbook, 'Sources');
    expect(sources.getCell(findRow(sources, '007'), 10).value).toBe(`'${INJECTED_DDE}`);
    expect(sources.getCell(findRow(sources, '006'), 13).value).toBe("'@SUM(A1:A9)");
    const briefing = sheetOf(workbook, 'Briefing');
    expect(cellOf(briefing, findRow(briefing, 'headline'), 'rationale').value).toBe(
      "'-5 points for an anonymous blog source",
    );
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((r) => {
        r.eachCell((cell) => {
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
          if (cell.type === ExcelJS.ValueType.Formula) expect(cell.formula).toMatch(/^HYPERLINK\("#'/);
        });
      });
    }
  });

  it('adds a sheet-local _xlnm._FilterDatabase name per sheet and stamps the zip with asOf', async () => {
    const file = join(dir, 'briefing.xlsx');
    await writeXlsx(TEST_BRIEFING, file);
    const entries = readZipEntries(await readFile(file));
    const workbookXml = entries.find((e) => e.name === 'xl/workbook.xml')?.data.toString('utf8') ?? '';
    const names = [...workbookXml.matchAll(/<definedName name="([^"]+)" localSheetId="(\d)">([^<]+)</g)];
    expect(names.filter((m) => m[1] === '_xlnm._FilterDatabase').map((m) => [m[1], m[2], m[3]])).toEqual([
      ['_xlnm._FilterDatabase', '0', '&apos;Briefing&apos;!$A$1:$L$11'],
      ['_xlnm._FilterDatabase', '1', '&apos;Evidence&apos;!$A$1:$Q$30'],
      ['_xlnm._FilterDatabase', '2', '&apos;Conflicts&apos;!$A$1:$L$9'],
      ['_xlnm._FilterDatabase', '3', '&apos;Quotes&apos;!$A$1:$I$2'],
      ['_xlnm._FilterDatabase', '4', '&apos;Sources&apos;!$A$1:$P$9'],
    ]);
    // Printing repeats the header row on every page.
    expect(names.filter((m) => m[1] === '_xlnm.Print_Titles').map((m) => m[3])).toContain(
      '&apos;Briefing&apos;!$1:$1',
    );
    // The notes' parts (comments, VML drawing) are stamped too.
    expect(entries.map((e) => e.name)).toEqual(
      expect.arrayContaining(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/sheet6.xml']),
    );
    for (const entry of entries)
      expect([entry.name, formatDosDate(entry.dosDate), entry.dosTime]).toEqual([
        entry.name,
        '2025-11-04',
        0,
      ]);
    const core = entries.find((e) => e.name === 'docProps/core.xml')?.data.toString('utf8') ?? '';
    expect(core).toContain('<dc:creator>dealbrief</dc:creator>');
    expect(core).toContain('>2025-11-04T00:00:00Z</dcterms:created>');
  });

  it('writes the same bytes for the same briefing', async () => {
    await writeXlsx(TEST_BRIEFING, join(dir, 'a.xlsx'));
    await writeXlsx(TEST_BRIEFING, join(dir, 'b.xlsx'));
    expect((await readFile(join(dir, 'a.xlsx'))).equals(await readFile(join(dir, 'b.xlsx')))).toBe(true);
  });

  it('streams many claims and keeps links right', async () => {
    const template = TEST_BRIEFING.claims[2]!;
    const claims = Array.from({ length: 2500 }, (_, i) => ({ ...template, id: `002-gpu_total-${i + 1}` }));
    const fields = TEST_BRIEFING.fields.map((f) =>
      f.field === 'gpu_total' ? { ...f, support: ['002-gpu_total-2400'] } : f,
    );
    const workbook = await load({ ...TEST_BRIEFING, claims, fields });
    const evidence = sheetOf(workbook, 'Evidence');
    expect(evidence.rowCount).toBe(2501);
    const briefing = sheetOf(workbook, 'Briefing');
    const link = followLink(briefing.getCell(findRow(briefing, 'gpu_total'), 1));
    expect(link.row).toBe(2401);
    expect(evidence.getCell(link.row, 1).value).toBe('002-gpu_total-2400');
  });

  it('reports a file it cannot write as OUTPUT_FAILED', async () => {
    await expect(writeXlsx(TEST_BRIEFING, join(dir, 'missing', 'briefing.xlsx'))).rejects.toMatchObject({
      name: 'DealbriefError',
      code: 'OUTPUT_FAILED',
    });
  });
});
