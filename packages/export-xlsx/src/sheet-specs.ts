import {
  CLAIM_COLUMNS,
  type Claim,
  CONFLICT_COLUMNS,
  type ConflictRow,
  FIELD_COLUMNS,
  type Field,
  neutraliseFormula,
  QUOTE_COLUMNS,
  type QuoteRow,
  SOURCE_COLUMNS,
  type SourceRecord,
  type Value,
} from '@dealbrief/core';
import { adaptTableColumns, insertColumnsAfter, replaceColumn, type SheetColumn } from './sheet-columns.js';
import {
  FRACTION_FORMAT,
  parseDateCell,
  readAmount,
  readDateCell,
  selectAmountFormat,
} from './value-cells.js';

/** The XLSX-only `amount` and `date` columns of records holding a value: numbers and real dates. */
function valueColumns<T>(readValue: (record: T) => Value | null | undefined): SheetColumn<T>[] {
  return [
    {
      header: 'amount',
      read: (record) => readAmount(readValue(record)) ?? null,
      format: (record) => {
        const format = selectAmountFormat(readAmount(readValue(record)));
        return format === FRACTION_FORMAT ? format : undefined;
      },
    },
    {
      header: 'date',
      read: (record) => readDateCell(readValue(record))?.date ?? null,
      format: (record) => readDateCell(readValue(record))?.numFmt,
    },
  ];
}

/**
 * A workbook shows values typed (`amount`, `date`), so it leaves out the CSV's plain `value` column and
 * heads the display text `value`.
 */
function showDisplayAsValue<T>(columns: readonly SheetColumn<T>[]): SheetColumn<T>[] {
  return columns
    .filter((column) => column.header !== 'value')
    .map((column) => (column.header === 'display' ? { ...column, header: 'value' } : column));
}

/**
 * Briefing sheet columns: core's `FIELD_COLUMNS` (as `briefing.csv`, the display text headed `value`)
 * with `amount` (a quantity's or money's amount, `#,##0`) and `date` (a calendar date as a date cell)
 * after `value`. List fields leave both empty.
 */
export const BRIEFING_SHEET_COLUMNS: readonly SheetColumn<Field>[] = insertColumnsAfter(
  showDisplayAsValue(adaptTableColumns(FIELD_COLUMNS)),
  'value',
  valueColumns((field: Field) => (field.cardinality === 'one' ? field.value : null)),
);

/** Evidence sheet columns: core's `CLAIM_COLUMNS` (as `claims.csv`, display as `value`) with `amount` and `date` after `value`. */
export const EVIDENCE_SHEET_COLUMNS: readonly SheetColumn<Claim>[] = insertColumnsAfter(
  showDisplayAsValue(adaptTableColumns(CLAIM_COLUMNS)),
  'value',
  valueColumns((claim: Claim) => claim.value),
);

/** Conflicts sheet columns: core's `CONFLICT_COLUMNS` (as `conflicts.csv`). */
export const CONFLICT_SHEET_COLUMNS: readonly SheetColumn<ConflictRow>[] =
  adaptTableColumns(CONFLICT_COLUMNS);

/** Quotes sheet columns: core's `QUOTE_COLUMNS`. */
export const QUOTE_SHEET_COLUMNS: readonly SheetColumn<QuoteRow>[] = adaptTableColumns(QUOTE_COLUMNS);

/**
 * Sources sheet columns: core's `SOURCE_COLUMNS` (as `sources.csv`) with `published` as a date cell
 * (text it cannot read as a date stays text).
 */
export const SOURCE_SHEET_COLUMNS: readonly SheetColumn<SourceRecord>[] = replaceColumn(
  adaptTableColumns(SOURCE_COLUMNS),
  {
    header: 'published',
    read: (source) => {
      const { published } = source;
      if (published === undefined || published === '') return null;
      return parseDateCell(published)?.date ?? neutraliseFormula(published);
    },
    format: (source) => parseDateCell(source.published)?.numFmt,
  },
);
