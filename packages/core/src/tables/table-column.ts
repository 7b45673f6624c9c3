import type { BriefingIndex } from './briefing-index.js';
import { neutraliseFormula } from './neutralise-formula.js';

/** One cell's raw content: text, a number, or nothing (an empty cell). */
export type TableCellValue = string | number | undefined;

/** One column of a briefing table: its header, its kind, and how to read a record's cell. */
export interface TableColumn<T> {
  /** The header cell, e.g. `citations`; also the key for per-format layout (widths, number formats). */
  header: string;
  /** `text` cells are neutralised against formula injection; `number` cells stay numbers (text in them is neutralised). */
  kind: 'text' | 'number';
  /** Reads this column's raw cell from a record; `index` resolves claim and source ids. */
  read: (record: T, index: BriefingIndex) => TableCellValue;
}

/**
 * Reads one cell ready to write: `undefined` for an empty cell (nothing or `''`), a number for a
 * `number` column that holds one, otherwise the text passed through {@link neutraliseFormula}.
 */
export function readTableCell<T>(
  column: TableColumn<T>,
  record: T,
  index: BriefingIndex,
): string | number | undefined {
  const value = column.read(record, index);
  if (value === undefined || value === '') return undefined;
  return column.kind === 'number' && typeof value === 'number' ? value : neutraliseFormula(String(value));
}
