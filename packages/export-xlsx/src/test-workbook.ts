import { join } from 'node:path';
import type { Briefing } from '@dealbrief/core';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { TEST_BRIEFING } from './test-briefing.js';
import { writeXlsx } from './write-xlsx.js';

/** Writes `briefing` to `dir/briefing.xlsx` and reads it back with exceljs's (non-streaming) reader. */
export async function writeAndLoad(
  dir: string,
  briefing: Briefing = TEST_BRIEFING,
): Promise<ExcelJS.Workbook> {
  const file = join(dir, 'briefing.xlsx');
  await writeXlsx(briefing, file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The sheet called `name`; throws if there is none. */
export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The values of one row, from column A. */
export function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return (sheet.getRow(row).values as unknown[]).slice(1);
}

/** The 1-based column whose header (row 1) is `header`; throws if there is none. */
export function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  const at = rowValues(sheet, 1).indexOf(header);
  if (at < 0) throw new Error(`no column ${header} in ${sheet.name}`);
  return at + 1;
}

/** The cell of `row` in the column headed `header`. */
export function cellOf(sheet: ExcelJS.Worksheet, row: number, header: string): ExcelJS.Cell {
  return sheet.getCell(row, columnOf(sheet, header));
}

/** The row (1-based) whose first cell shows `text` (a link's cached result counts). */
export function findRow(sheet: ExcelJS.Worksheet, text: string, column = 1): number {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const value = sheet.getCell(r, column).value;
    const shown = typeof value === 'object' && value !== null && 'result' in value ? value.result : value;
    if (shown === text) return r;
  }
  throw new Error(`no row ${text} in ${sheet.name}`);
}

/** Follows a `HYPERLINK("#'Sheet'!A5","label")` formula cell: returns sheet, row and label. */
export function followLink(cell: ExcelJS.Cell): { sheet: string; row: number; label: unknown } {
  const value = cell.value as ExcelJS.CellFormulaValue;
  const match = /^HYPERLINK\("#'([^']+)'!A(\d+)","([^"]*)"\)$/.exec(value.formula);
  if (match === null) throw new Error(`not an internal link: ${JSON.stringify(cell.value)}`);
  expect(value.result).toBe(match[3]);
  return { sheet: match[1]!, row: Number(match[2]), label: value.result };
}
