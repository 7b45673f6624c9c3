import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Briefing, Claim } from '@dealbrief/core';
import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkbookWriter } from './fix-zip-dates.js';
import { TEST_BRIEFING } from './test-briefing.js';
import { readZipEntries } from './test-unzip.js';
import { cellOf, findRow, sheetOf, writeAndLoad } from './test-workbook.js';
import { xmlRows } from './write-sheet.js';
import { writeWorkbook } from './write-xlsx.js';
import { MAX_ZIP_BACKLOG, measureZipBacklog, waitForZip } from './zip-backlog.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dealbrief-xlsx-rows-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The sample briefing with `count` more claims whose cells exercise every kind of cell the sheets write. */
function stressBriefing(count: number): Briefing {
  const [quantity] = TEST_BRIEFING.claims;
  const date = TEST_BRIEFING.claims.find((claim) => claim.value.type === 'date')!;
  const texts = [
    'plain',
    'a much longer exact quote that wraps over several lines in its column, '.repeat(3),
    'line one\nline two\r\nline three\rfour',
    '<b>&amp; "quoted" \'single\'</b>',
    'controls \u0001\u0008\u000b\u000c\u000e\u001f\u007f kept \t tab',
    '엔비디아가 한국 정부와 기업에 최신 GPU “26만 장” — ✓',
    '=SUM(A1:A9)',
    '',
    // A row longer than the writer's 64 KB batch once encoded.
    `${'한국어 텍스트 '.repeat(3000)}end`,
  ];
  const claims: Claim[] = Array.from({ length: count }, (_, i) => {
    const text = texts[i % texts.length]!;
    const base = i % 3 === 0 ? date : quantity!;
    return {
      ...base,
      id: `${String(i % 9).padStart(3, '0')}-stress-${i}`,
      field: i % 4 === 0 ? 'stress' : base.field,
      value:
        base.value.type === 'quantity'
          ? { ...base.value, amount: i % 5 === 0 ? i + 0.25 : i * 1000 }
          : base.value,
      display: i % 7 === 0 ? '' : `${text} ${i}`,
      source: i % 11 === 0 ? 'missing-source' : base.source,
      citation: { ...base.citation, exact: text, prefix: texts[(i + 1) % texts.length]!, suffix: text },
      confidence: (i % 100) / 100,
    };
  });
  return { ...TEST_BRIEFING, claims: [...TEST_BRIEFING.claims, ...claims] };
}

describe('row writing', () => {
  it.each([
    ['the sample briefing', TEST_BRIEFING],
    ['a briefing with every kind of cell', stressBriefing(700)],
  ])('writes %s with rows rendered as XML byte for byte as with exceljs rows', async (_, briefing) => {
    await writeWorkbook(briefing, join(dir, 'xml.xlsx'), 'xml');
    await writeWorkbook(briefing, join(dir, 'exceljs.xlsx'), 'exceljs');
    const xml = await readFile(join(dir, 'xml.xlsx'));
    const exceljs = await readFile(join(dir, 'exceljs.xlsx'));
    const entries = (zip: Buffer) => readZipEntries(zip).map((e) => [e.name, e.data.toString('utf8')]);
    expect(entries(xml)).toEqual(entries(exceljs));
    expect(xml.equals(exceljs)).toBe(true);
  });

  it('renders rows as XML into the sheet stream once the header row is committed', async () => {
    const workbook = createWorkbookWriter(new PassThrough(), new Date('2025-11-04T00:00:00Z'));
    const sheet = workbook.addWorksheet('Test');
    sheet.columns = [{ width: 10 }];
    expect(xmlRows(workbook, sheet)).toBeUndefined();
    sheet.addRow(['header']).commit();
    // A newer exceljs without the stream or the style manager would fail here: rows would then go
    // through exceljs's row objects (correct, but several times slower).
    expect(xmlRows(workbook, sheet)).toBeDefined();
  });

  it('leaves empty cells out; the column style still formats them', async () => {
    const file = join(dir, 'briefing.xlsx');
    const workbook = await writeAndLoad(dir);
    const entries = readZipEntries(await readFile(file));
    const evidenceXml = entries.find((e) => e.name === 'xl/worksheets/sheet2.xml')!.data.toString('utf8');
    expect(evidenceXml).not.toMatch(/<c [^>]*\/>/);
    const evidence = sheetOf(workbook, 'Evidence');
    const row = findRow(evidence, '002-gpu_total-1');
    const date = cellOf(evidence, row, 'date');
    expect(date.value).toBeNull();
    expect(date.numFmt).toBe('yyyy-mm-dd');
    expect(date.alignment).toMatchObject({ vertical: 'top' });
  });

  it('keeps the row heights of wrapped text and line breaks', async () => {
    const workbook = await writeAndLoad(dir, stressBriefing(16));
    const evidence = sheetOf(workbook, 'Evidence');
    const height = (id: string) => evidence.getRow(findRow(evidence, id)).height;
    expect(height('001-stress-1')).toBeGreaterThan(15);
    expect(height('002-stress-2')).toBe(60);
    const cell = cellOf(evidence, findRow(evidence, '004-stress-4'), 'exact') as ExcelJS.Cell;
    expect(cell.value).toBe('controls  kept \t tab');
  });
});

describe('waiting for the zip', () => {
  it('sees the backlog of an exceljs sheet stream', () => {
    const workbook = createWorkbookWriter(new PassThrough(), new Date('2025-11-04T00:00:00Z'));
    const sheet = workbook.addWorksheet('Test');
    // Without it the writer could not hold back, and a large sheet would pile up in memory.
    expect(measureZipBacklog(sheet)).toEqual(expect.any(Number));
    expect(measureZipBacklog({})).toBeUndefined();
  });

  it('waits while more than the limit waits to be compressed', async () => {
    const state = { length: MAX_ZIP_BACKLOG + 1 };
    const sheet = { stream: { pipes: [{ _writableState: state, _readableState: { length: 0 } }] } };
    let done = false;
    const waiting = waitForZip(sheet).then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    state.length = MAX_ZIP_BACKLOG;
    await waiting;
    expect(done).toBe(true);
  });
});
