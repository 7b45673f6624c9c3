import type { BriefingIndex } from './briefing-index.js';

/** One cell's raw content: text, a number, or nothing (an empty cell). */
export type CellValue = string | number | undefined;

/** One column of an exported table: its header, its kind, and how to read a record's cell. */
export interface Column<T> {
  header: string;
  /** `text` cells are neutralised against formula injection; `number` cells stay numbers. */
  kind: 'text' | 'number';
  read: (record: T, index: BriefingIndex) => CellValue;
}
