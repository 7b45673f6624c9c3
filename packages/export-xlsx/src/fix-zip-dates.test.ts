import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createWorkbookWriter } from './fix-zip-dates.js';

describe('createWorkbookWriter', () => {
  it("loads exceljs's streaming writer file alone (if it moves, the fallback loads the whole package)", () => {
    const require = createRequire(import.meta.url);
    expect(require('exceljs/lib/stream/xlsx/workbook-writer.js')).toBe(ExcelJS.stream.xlsx.WorkbookWriter);
  });

  it("is exceljs's WorkbookWriter", () => {
    const writer = createWorkbookWriter(new PassThrough(), new Date('2025-11-05T00:00:00Z'));
    expect(writer).toBeInstanceOf(ExcelJS.stream.xlsx.WorkbookWriter);
  });
});
