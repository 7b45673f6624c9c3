import type { CellValue } from 'exceljs';
import { formatColumnLetters } from './link-formula.js';
import { formatNumber } from './number-text.js';

/**
 * exceljs's cell value types (`ValueType`), as its style manager takes them to pick the number format
 * of a style without one (a number gets `General`, a date `mm-dd-yy`).
 */
export const CELL_TYPE = { null: 0, number: 2, string: 3, date: 4, formula: 6, boolean: 9 } as const;

/** The style id of a slot with no cell (see {@link renderRowXml}). */
export const NO_CELL = -1;

const ESCAPES = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;

/**
 * Escapes text for an XML element or attribute exactly as exceljs does (`utils.xmlEncode`): the five
 * markup characters become entities; DEL and the C0 controls other than tab, line feed and carriage
 * return are dropped.
 */
export function escapeXml(text: string): string {
  const first = ESCAPES.exec(text);
  if (first === null) return text;
  let out = text.slice(0, first.index);
  let from = first.index;
  for (let i = first.index; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let entity: string;
    switch (code) {
      case 34:
        entity = '&quot;';
        break;
      case 38:
        entity = '&amp;';
        break;
      case 39:
        entity = '&apos;';
        break;
      case 60:
        entity = '&lt;';
        break;
      case 62:
        entity = '&gt;';
        break;
      default:
        if (code === 127 || (code <= 31 && code !== 9 && code !== 10 && code !== 13)) entity = '';
        else continue;
    }
    if (from !== i) out += text.slice(from, i);
    out += entity;
    from = i + 1;
  }
  return from === text.length ? out : out + text.slice(from);
}

/** An Excel serial day number, as exceljs writes dates (1900 date system, from the UTC time). */
function toSerial(date: Date): number {
  return 25569 + date.getTime() / (24 * 3600 * 1000);
}

interface FormulaCell {
  formula: string;
  result?: unknown;
}

function isFormula(value: object): value is FormulaCell {
  return typeof (value as { formula?: unknown }).formula === 'string';
}

/** exceljs's value type of a cell value this renderer writes; throws for any other kind of value. */
export function typeOfCell(value: CellValue | undefined): number {
  if (value === undefined || value === null) return CELL_TYPE.null;
  switch (typeof value) {
    case 'string':
      return CELL_TYPE.string;
    case 'number':
      return CELL_TYPE.number;
    case 'boolean':
      return CELL_TYPE.boolean;
    default:
      if (value instanceof Date) return CELL_TYPE.date;
      if (typeof value === 'object' && isFormula(value)) return CELL_TYPE.formula;
      throw new TypeError(`cannot write this cell value: ${JSON.stringify(value)}`);
  }
}

/** The type exceljs picks a style's default number format by: a formula's by its cached result. */
export function typeOfStyle(value: CellValue | undefined): number {
  const type = typeOfCell(value);
  if (type !== CELL_TYPE.formula) return type;
  return typeOfCell((value as FormulaCell).result as CellValue | undefined);
}

function renderValue(value: CellValue | undefined, type: number): string {
  switch (type) {
    case CELL_TYPE.null:
      return '/>';
    case CELL_TYPE.string:
      return ` t="str"><v>${escapeXml(value as string)}</v></c>`;
    case CELL_TYPE.number:
      return `><v>${formatNumber(value as number)}</v></c>`;
    case CELL_TYPE.boolean:
      return ` t="b"><v>${value ? '1' : '0'}</v></c>`;
    case CELL_TYPE.date:
      return `><v>${formatNumber(toSerial(value as Date))}</v></c>`;
    default: {
      const { formula, result } = value as FormulaCell;
      const f = `<f>${escapeXml(formula)}</f>`;
      switch (typeOfCell(result as CellValue | undefined)) {
        case CELL_TYPE.null:
          return `>${f}</c>`;
        case CELL_TYPE.string:
          return ` t="str">${f}<v>${escapeXml(result as string)}</v></c>`;
        case CELL_TYPE.number:
          return `>${f}<v>${formatNumber(result as number)}</v></c>`;
        case CELL_TYPE.boolean:
          return ` t="b">${f}<v>${result ? 1 : 0}</v></c>`;
        case CELL_TYPE.date:
          return `>${f}<v>${formatNumber(toSerial(result as Date))}</v></c>`;
        default:
          throw new TypeError(`cannot write this formula result: ${JSON.stringify(result)}`);
      }
    }
  }
}

/**
 * Renders one sheet row as the XML exceljs's streaming writer writes for it (`RowXform` and
 * `CellXform`, without shared strings): `<row r spans x14ac:dyDescent>` with `ht`/`customHeight` when
 * the row has a height, then one `<c>` per cell (`s` when its style id is not 0; strings inline as
 * `t="str"`; dates as serial numbers; formulas with their cached result). Column `c` holds a cell when
 * `styleIds[c]` is not {@link NO_CELL}: `values[c]`, or a blank that only carries its style. A row
 * with neither values nor height is not written at all (''). `letters` caches column letters.
 */
export function renderRowXml(
  rowNumber: number,
  values: readonly (CellValue | undefined)[],
  styleIds: readonly number[],
  height: number | undefined,
  letters: string[],
): string {
  let first = 0;
  let last = 0;
  let hasValues = false;
  let body = '';
  // Once per row, not per cell, and not with `${rowNumber}` (see formatNumber).
  const row = formatNumber(rowNumber);
  for (let c = 0; c < styleIds.length; c++) {
    const styleId = styleIds[c]!;
    if (styleId === NO_CELL) continue;
    // exceljs counts every cell it holds in the row's span, a blank one too.
    if (first === 0) first = c + 1;
    last = c + 1;
    const value = values[c];
    const type = typeOfCell(value);
    if (type !== CELL_TYPE.null) hasValues = true;
    else if (styleId === 0) continue;
    letters[c] ??= formatColumnLetters(c + 1);
    const style = styleId === 0 ? '' : ` s="${styleId}"`;
    body += `<c r="${letters[c]}${row}"${style}${renderValue(value, type)}`;
  }
  if (!hasValues && !height) return '';
  const ht = height ? ` ht="${height}" customHeight="1"` : '';
  const spans = first > 0 ? ` spans="${first}:${last}"` : '';
  return `<row r="${row}"${ht}${spans} x14ac:dyDescent="0.25">${body}</row>`;
}
