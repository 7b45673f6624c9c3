import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import {
  type BriefingIndex,
  DealbriefError,
  ErrorCode,
  readTableCell,
  type TableColumn,
} from '@dealbrief/core';
import Papa from 'papaparse';

/** Rows serialised per `Papa.unparse` call, so no table is ever held in memory as one string. */
export const BATCH_ROWS = 1000;

const CRLF = '\r\n';
const UNPARSE_CONFIG: Papa.UnparseConfig = {
  delimiter: ',',
  newline: CRLF,
  quoteChar: '"',
  escapeChar: '"',
  quotes: false,
  escapeFormulae: false,
};

/** Builds one CSV row: text cells neutralised against formula injection, numbers left as numbers. */
export function buildCsvRow<T>(
  columns: readonly TableColumn<T>[],
  record: T,
  index: BriefingIndex,
): (string | number)[] {
  return columns.map((column) => readTableCell(column, record, index) ?? '');
}

/** Options of {@link writeTable}. */
export interface WriteTableOptions {
  /** Start the file with a UTF-8 byte order mark. */
  bom: boolean;
}

/**
 * Streams one table to `path` as RFC 4180 CSV (CRLF after every record, header first), serialising
 * {@link BATCH_ROWS} rows at a time and waiting for the stream to drain. Failures throw a
 * `DealbriefError` with code `OUTPUT_FAILED`.
 */
export async function writeTable<T>(
  path: string,
  columns: readonly TableColumn<T>[],
  records: Iterable<T>,
  index: BriefingIndex,
  options: WriteTableOptions,
): Promise<void> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let failure: unknown;
  stream.on('error', (error) => {
    failure ??= error;
  });
  const write = async (chunk: string): Promise<void> => {
    if (failure !== undefined) throw failure;
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  try {
    const header = columns.map((column) => column.header);
    await write((options.bom ? '\uFEFF' : '') + Papa.unparse([header], UNPARSE_CONFIG) + CRLF);
    let batch: (string | number)[][] = [];
    for (const record of records) {
      batch.push(buildCsvRow(columns, record, index));
      if (batch.length >= BATCH_ROWS) {
        await write(Papa.unparse(batch, UNPARSE_CONFIG) + CRLF);
        batch = [];
      }
    }
    if (batch.length > 0) await write(Papa.unparse(batch, UNPARSE_CONFIG) + CRLF);
    stream.end();
    await finished(stream);
    if (failure !== undefined) throw failure;
  } catch (error) {
    stream.destroy();
    throw new DealbriefError(ErrorCode.OutputFailed, `could not write ${path}: ${describe(error)}`, {
      file: path,
      cause: error,
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
