import { type BriefingIndex, readTableCell, type TableColumn } from '@dealbrief/core';
import Papa from 'papaparse';

const CRLF = '\r\n';
const UNPARSE_CONFIG: Papa.UnparseConfig = {
  delimiter: ',',
  newline: CRLF,
  quoteChar: '"',
  escapeChar: '"',
  quotes: false,
  escapeFormulae: false,
};

/**
 * Characters of cell text gathered before a chunk is serialised. The bound is what keeps memory flat:
 * V8 allocates a string longer than 128 KB (64 K characters of Korean, two bytes each) as a "large
 * object" outside the young generation, so it outlives the batch until a full garbage collection, and
 * a million-row table leaves tens of megabytes of such chunks behind. Chunks of about 16 K characters
 * (at most twice that after quoting, plus one row) die young.
 */
export const CHUNK_CHARS = 16 * 1024;

/** Characters a number cell is counted as: its digits, sign and decimals. */
const NUMBER_CHARS = 12;

/** Builds one CSV row: text cells neutralised against formula injection, numbers left as numbers. */
function buildCsvRow<T>(
  columns: readonly TableColumn<T>[],
  record: T,
  index: BriefingIndex,
): (string | number)[] {
  return columns.map((column) => readTableCell(column, record, index) ?? '');
}

/** Serialises rows as RFC 4180 CSV, a CRLF after every record (the last one too). */
function unparseRows(rows: readonly (readonly (string | number)[])[]): string {
  return Papa.unparse(rows as (string | number)[][], UNPARSE_CONFIG) + CRLF;
}

/**
 * One table as CSV text in chunks: the header row first, then the records' rows, a new chunk whenever
 * the rows gathered hold {@link CHUNK_CHARS} characters of cell text. The chunks joined are the whole
 * table, whatever their sizes.
 */
export function* csvChunks<T>(
  columns: readonly TableColumn<T>[],
  records: Iterable<T>,
  index: BriefingIndex,
): Generator<string> {
  yield unparseRows([columns.map((column) => column.header)]);
  let batch: (string | number)[][] = [];
  let chars = 0;
  for (const record of records) {
    const row = buildCsvRow(columns, record, index);
    batch.push(row);
    for (const cell of row) chars += typeof cell === 'string' ? cell.length + 1 : NUMBER_CHARS;
    if (chars >= CHUNK_CHARS) {
      yield unparseRows(batch);
      batch = [];
      chars = 0;
    }
  }
  if (batch.length > 0) yield unparseRows(batch);
}
