import { type BriefingIndex, readTableCell, type TableColumn } from '@dealbrief/core';
import type { CellValue as ExcelCellValue } from 'exceljs';

/** One column of a sheet: its header, how to read a record's cell, and optionally its number format. */
export interface SheetColumn<T> {
  /** The header cell; also the key of the column's layout (width, wrapping, number format). */
  header: string;
  /** Reads the cell of a record: text (already neutralised), a number, a `Date`, a formula, or null. */
  read: (record: T, index: BriefingIndex) => ExcelCellValue;
  /** A number format for this record's cell, overriding the column layout's; undefined keeps it. */
  format?: (record: T) => string | undefined;
}

/** Converts core's table columns to sheet columns: text neutralised, numbers kept, nothing as empty. */
export function adaptTableColumns<T>(columns: readonly TableColumn<T>[]): SheetColumn<T>[] {
  return columns.map((column) => ({
    header: column.header,
    read: (record, index) => readTableCell(column, record, index) ?? null,
  }));
}

/**
 * Inserts `extra` right after the column headed `after` (at the end if there is none), so XLSX-only
 * columns sit next to the text they give as numbers or dates.
 */
export function insertColumnsAfter<T>(
  columns: readonly SheetColumn<T>[],
  after: string,
  extra: readonly SheetColumn<T>[],
): SheetColumn<T>[] {
  const at = columns.findIndex((column) => column.header === after);
  const cut = at < 0 ? columns.length : at + 1;
  return [...columns.slice(0, cut), ...extra, ...columns.slice(cut)];
}

/** Replaces the column headed `column.header` (if any) with `column`. */
export function replaceColumn<T>(
  columns: readonly SheetColumn<T>[],
  column: SheetColumn<T>,
): SheetColumn<T>[] {
  return columns.map((existing) => (existing.header === column.header ? column : existing));
}

/** The 1-based position of the column headed `header`; 0 if there is none. */
export function findColumnNumber<T>(columns: readonly SheetColumn<T>[], header: string): number {
  return columns.findIndex((column) => column.header === header) + 1;
}
