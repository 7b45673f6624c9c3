import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Characters gathered before they are handed to the file stream: a chunk is at least this long and ends
 * with a whole piece, so it is about this long unless one piece (one claim, one field) is long itself.
 * That keeps chunks below V8's large-object size (128 KB: 64 K characters of Korean), so the text dies
 * young: 1 M-character chunks were large objects that only a full garbage collection frees, and while a
 * 10,000-source briefing.json (135 MB) was written they could lift the run's RSS by 140 MB (364 to
 * 507 MB in one run). The CSV writer's chunks are kept as short for the same reason.
 */
const CHUNK_CHARS = 16 * 1024;
/** Bytes the file stream takes before a write waits for it to drain (Buffers outside the V8 heap). */
const WRITE_BUFFER_BYTES = 256 * 1024;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/** What JSON.stringify leaves out of an object: undefined, functions and symbols. */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** `value` as JSON.stringify(value, null, 2) writes it, each line after the first indented by `indent`. */
function nested(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return text.includes('\n') ? text.replaceAll('\n', `\n${indent}`) : text;
}

/**
 * The text of `JSON.stringify(value, null, 2)`, piece by piece: a top-level object is cut into its
 * properties and every array property into its items, so a briefing with a million claims never becomes
 * one string. Anything else comes as one piece.
 */
export function* prettyJsonPieces(value: unknown): Generator<string> {
  if (!isPlainObject(value)) {
    yield JSON.stringify(value, null, 2) ?? 'undefined';
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => !isOmitted(v));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [k, [key, item]] of entries.entries()) {
    yield `${k === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (
      Array.isArray(item) &&
      item.length > 0 &&
      typeof (item as { toJSON?: unknown }).toJSON !== 'function'
    ) {
      yield '[';
      for (const [i, element] of item.entries()) {
        yield `${i === 0 ? '' : ','}\n    ${isOmitted(element) ? 'null' : nested(element, '    ')}`;
      }
      yield '\n  ]';
    } else {
      yield nested(item, '  ');
    }
  }
  yield '\n}';
}

/** The text of {@link prettyJsonPieces} and a trailing newline, gathered into chunks of {@link CHUNK_CHARS}. */
function* jsonChunks(value: unknown): Generator<string> {
  let buffer = '';
  for (const piece of prettyJsonPieces(value)) {
    buffer += piece;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}\n`;
}

/**
 * Writes `value` as pretty JSON (2-space indent, trailing newline), byte for byte what
 * `JSON.stringify(value, null, 2)` gives, without building the whole text at once: a stream pipeline
 * pulls the chunks as the file stream has room for them (a few chunks ahead). A file system error (the folder missing, the disk full)
 * rejects with that error.
 */
export async function writeJson(file: string, value: unknown): Promise<void> {
  await pipeline(
    Readable.from(jsonChunks(value)),
    createWriteStream(file, { encoding: 'utf8', highWaterMark: WRITE_BUFFER_BYTES }),
  );
}
