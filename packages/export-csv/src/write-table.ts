import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { type BriefingIndex, DealbriefError, ErrorCode, type TableColumn } from '@dealbrief/core';
import { csvChunks } from './csv-chunks.js';

/**
 * Bytes the file stream takes before a write waits for it to drain. With the default 16 KB every chunk
 * (about 16 K characters, see `CHUNK_CHARS`) waited for the disk, which made a million-row table about a
 * quarter slower than bare `Papa.unparse`; the chunks waiting here are Buffers outside the V8 heap.
 */
const WRITE_BUFFER_BYTES = 256 * 1024;

/** Options of {@link writeTable}. */
export interface WriteTableOptions {
  /** Start the file with a UTF-8 byte order mark. */
  bom: boolean;
}

/**
 * Streams one table to `path` as RFC 4180 CSV (CRLF after every record, header first), one
 * {@link csvChunks} chunk at a time, waiting for the stream to drain. Failures throw a `DealbriefError`
 * with code `OUTPUT_FAILED`.
 */
export async function writeTable<T>(
  path: string,
  columns: readonly TableColumn<T>[],
  records: Iterable<T>,
  index: BriefingIndex,
  options: WriteTableOptions,
): Promise<void> {
  const stream = createWriteStream(path, { encoding: 'utf8', highWaterMark: WRITE_BUFFER_BYTES });
  let failure: unknown;
  stream.on('error', (error) => {
    failure ??= error;
  });
  const write = async (chunk: string): Promise<void> => {
    if (failure !== undefined) throw failure;
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  try {
    let first = true;
    for (const chunk of csvChunks(columns, records, index)) {
      await write(first && options.bom ? `\uFEFF${chunk}` : chunk);
      first = false;
    }
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
