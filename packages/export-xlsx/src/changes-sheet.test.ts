import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffBriefings } from '@dealbrief/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BRIEFING } from './test-briefing.js';
import { writeXlsx } from './write-xlsx.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dealbrief-xlsx-changes-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function sheetNames(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((w) => w.name);
}

describe('the Changes sheet', () => {
  it('lists changed fields, edited sources and the claim count since the previous run', async () => {
    const [first, ...rest] = TEST_BRIEFING.fields;
    const [source, ...others] = TEST_BRIEFING.sources;
    const previous = {
      ...TEST_BRIEFING,
      asOf: '2025-11-04',
      fields: [{ ...first!, display: '250,000 GPUs' }, ...rest],
      sources: [{ ...source!, sha256: '0'.repeat(64) }, ...others],
    };
    const file = join(dir, 'changes.xlsx');
    await writeXlsx({ ...TEST_BRIEFING, changes: diffBriefings(previous, TEST_BRIEFING, 'r1') }, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Briefing',
      'Evidence',
      'Conflicts',
      'Quotes',
      'Sources',
      'Changes',
      'About',
    ]);
    const rows = workbook
      .getWorksheet('Changes')!
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['field', 'label', 'change', 'before', 'after']);
    expect(rows[1]).toEqual([
      first!.field,
      first!.label,
      `changed (${first!.status})`,
      '250,000 GPUs',
      first!.display,
    ]);
    expect(rows[2]).toEqual(['source', source!.file, 'edited']);
    expect(String(rows.at(-1)?.[1])).toBe('since r1 (as of 2025-11-04)');
  });

  it('is left out when there is no previous run', async () => {
    const file = join(dir, 'first.xlsx');
    await writeXlsx(TEST_BRIEFING, file);
    expect(await sheetNames(file)).not.toContain('Changes');
  });
});
