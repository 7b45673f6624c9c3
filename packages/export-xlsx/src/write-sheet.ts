import type { BriefingIndex } from '@dealbrief/core';
import type { Cell, Row, Workbook } from 'exceljs';
import { selectColumnLayout } from './column-layout.js';
import { formatColumnLetters } from './link-formula.js';
import { estimateRowHeight } from './row-height.js';
import type { SheetColumn } from './sheet-columns.js';
import { selectStatusStyle } from './status-style.js';

/** Adjusts a written row's cells (links, notes, colours) before it is committed. */
export type DecorateRow<T> = (row: Row, record: T, rowNumber: number) => void;

/** Rows written between pauses that let the zip stream drain what the sheet has produced. */
export const YIELD_ROWS = 1000;

/** What {@link writeSheet} writes: a named table of records with its columns. */
export interface SheetSpec<T> {
  name: string;
  columns: readonly SheetColumn<T>[];
  records: readonly T[];
  decorate?: DecorateRow<T>;
}

/** Fill of header cells (light grey). */
export const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } } as const;

/** Colours a status cell by its text (agreed green, single-source amber, disputed red, not-found grey). */
export function colourStatusCell(cell: Cell): void {
  const style = selectStatusStyle(String(cell.value ?? ''));
  if (style === undefined) return;
  cell.fill = style.fill;
  cell.font = style.font;
}

/**
 * Streams one sheet: a bold, frozen header row, one committed row per record, column widths, wrapping
 * and number formats from the column layout (or a column's per-record format), coloured `status` cells
 * and an autofilter over the table. Resolves to the autofilter range in A1 form.
 */
export async function writeSheet<T>(
  workbook: Workbook,
  spec: SheetSpec<T>,
  index: BriefingIndex,
): Promise<string> {
  const { columns, records } = spec;
  const range = `A1:${formatColumnLetters(columns.length)}${records.length + 1}`;
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    // Printed on A4 landscape, one page wide, with the header row on every page.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  sheet.autoFilter = range;
  sheet.columns = columns.map((column) => {
    const layout = selectColumnLayout(column.header);
    return {
      width: layout.width,
      style: {
        alignment: { vertical: 'top', wrapText: layout.wrap },
        ...(layout.numFmt === undefined ? {} : { numFmt: layout.numFmt }),
      },
    };
  });
  const statusColumn = columns.findIndex((column) => column.header === 'status') + 1;
  const formatted = columns.flatMap((column, i) =>
    column.format === undefined ? [] : [{ column, at: i + 1 }],
  );

  const header = sheet.addRow(columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle' };
  });
  header.commit();

  const layouts = columns.map((column) => selectColumnLayout(column.header));
  for (const [i, record] of records.entries()) {
    const values = columns.map((column) => column.read(record, index));
    const row = sheet.addRow(values);
    const height = estimateRowHeight(values, layouts);
    if (height !== undefined) row.height = height;
    for (const { column, at } of formatted) {
      const numFmt = column.format?.(record);
      if (numFmt !== undefined) row.getCell(at).numFmt = numFmt;
    }
    if (statusColumn > 0) colourStatusCell(row.getCell(statusColumn));
    spec.decorate?.(row, record, i + 2);
    row.commit();
    if ((i + 1) % YIELD_ROWS === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  return range;
}
