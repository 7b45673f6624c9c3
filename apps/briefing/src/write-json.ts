import { open } from 'node:fs/promises';

/** Text gathered before it is written to the file. */
const CHUNK = 1 << 20;

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

/**
 * Writes `value` as pretty JSON (2-space indent, trailing newline), byte for byte what
 * `JSON.stringify(value, null, 2)` gives, without building the whole text at once.
 */
export async function writeJson(file: string, value: unknown): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let buffer = '';
    for (const piece of prettyJsonPieces(value)) {
      buffer += piece;
      if (buffer.length >= CHUNK) {
        await handle.write(buffer);
        buffer = '';
      }
    }
    await handle.write(`${buffer}\n`);
  } finally {
    await handle.close();
  }
}
