import { ErrorCode, type Problem } from '@dealbrief/core';

/** Encodings {@link decodeText} recognises: plain UTF-8, or UTF-8 that started with a byte order mark. */
export type TextEncoding = 'utf-8' | 'utf-8-bom';

/** Result of {@link decodeText}: the text and its encoding, or a problem naming the file. */
export type DecodeOutcome =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; problem: Problem };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function hexByte(byte: number): string {
  return '0x' + byte.toString(16).toUpperCase().padStart(2, '0');
}

/**
 * Byte offset of the first byte that breaks UTF-8 well-formedness (overlong forms, surrogates and
 * code points above U+10FFFF included), or -1 when every byte sequence is valid.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return k === 1 ? i : i + k;
    }
    i += need + 1;
  }
  return -1;
}

function fail(code: ErrorCode, file: string, what: string): DecodeOutcome {
  return { ok: false, problem: { code, message: `${file}: ${what}`, file } };
}

function describeUtf16(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 little-endian (byte order mark FF FE)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 big-endian (byte order mark FE FF)';
  return undefined;
}

/**
 * Decodes a source file's bytes as UTF-8 (a leading BOM is removed; nothing else changes: no newline
 * or Unicode normalization). Invalid UTF-8, NUL bytes and empty or whitespace-only texts come back as
 * a {@link Problem} (`SOURCE_ENCODING` or `SOURCE_EMPTY`) whose message starts with `file`.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodeOutcome {
  if (bytes.length === 0) return fail(ErrorCode.SourceEmpty, file, 'the file is empty (0 bytes)');
  const utf16 = describeUtf16(bytes);
  if (utf16 !== undefined) {
    return fail(
      ErrorCode.SourceEncoding,
      file,
      `looks like ${utf16}, which is not supported; save it as UTF-8`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fail(
      ErrorCode.SourceEncoding,
      file,
      `contains a NUL byte at offset ${nul}, so it is binary or not UTF-8 text; save it as UTF-8`,
    );
  }
  const invalid = findInvalidUtf8(bytes);
  if (invalid >= 0) {
    return fail(
      ErrorCode.SourceEncoding,
      file,
      `not valid UTF-8 (invalid byte ${hexByte(bytes[invalid]!)} at offset ${invalid}); save it as UTF-8`,
    );
  }
  const hasBom = UTF8_BOM.every((b, k) => bytes[k] === b);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      hasBom ? bytes.subarray(UTF8_BOM.length) : bytes,
    );
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return fail(ErrorCode.SourceEncoding, file, `not valid UTF-8 (${reason}); save it as UTF-8`);
  }
  if (text.trim() === '') {
    return fail(ErrorCode.SourceEmpty, file, 'holds no text, only whitespace');
  }
  return { ok: true, text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
}
