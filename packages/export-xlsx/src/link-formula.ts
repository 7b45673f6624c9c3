import { neutraliseFormula } from '@dealbrief/core';
import type { CellFormulaValue } from 'exceljs';

/** Converts a 1-based column number to its letters (1 → A, 27 → AA). */
export function formatColumnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function quoteString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * Builds an internal link as a formula cell, `HYPERLINK("#'Evidence'!A5","gpu_total")`, with `label`
 * as its cached result. exceljs writes `hyperlink` values as external `#Sheet!A1` links, which
 * spreadsheets open as files; a formula stays inside the workbook. Pass ids, never source text.
 */
export function buildLinkFormula(sheet: string, row: number, label: string): CellFormulaValue {
  const target = `#'${sheet.replaceAll("'", "''")}'!A${row}`;
  return {
    formula: `HYPERLINK(${quoteString(target)},${quoteString(label)})`,
    result: neutraliseFormula(label),
  };
}
