import type { CellValue } from 'exceljs';

/** Points per line of the default 11 pt font, with its leading. */
const LINE_HEIGHT = 15;
/** A row never grows past this many lines; the cell still holds all its text. */
const MAX_LINES = 12;

const LINE_BREAKS = /\r?\n|\r/;

/**
 * How many lines a text takes in a column `width` characters wide, wrapping at spaces. Text without a
 * line break (nearly all) is measured without splitting it.
 */
function countLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1));
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
    return Math.max(1, Math.ceil(text.length / perLine));
  }
  return text
    .split(LINE_BREAKS)
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/**
 * The height in points a row needs so its wrapped cells show whole, or undefined for one line. Neither
 * LibreOffice nor the streaming writer fits row heights to wrapped text, so the writer sets it.
 */
export function estimateRowHeight(
  values: readonly CellValue[],
  columns: readonly { width: number; wrap: boolean }[],
): number | undefined {
  let lines = 1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const column = columns[i];
    if (column?.wrap === true && typeof value === 'string')
      lines = Math.max(lines, countLines(value, column.width));
  }
  return lines === 1 ? undefined : Math.min(lines, MAX_LINES) * LINE_HEIGHT;
}
