import { Buffer } from 'node:buffer';
import { ErrorCode, type Problem } from '@dealbrief/core';
import {
  decodeFatal,
  decodeWindows1252,
  describeBomlessUtf16,
  describeMagic,
  detectBom,
  detectEucKr,
  findInvalidUtf8,
  looksLikeWindows1252,
} from './detect-encoding.js';
import { HTML_SNIFF_BYTES, type HtmlCharset, type HtmlSignals, readHtmlSignals } from './detect-html.js';

/** Encodings of plain text that {@link decodeText} recognises. */
export type PlainEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'euc-kr' | 'windows-1252';

/**
 * The encoding {@link decodeText} recorded: a {@link PlainEncoding}, or `html-` and the encoding for an
 * HTML document (`html-utf-8`, `html-euc-kr`, `html-windows-1252`, `html-utf-16le`, …).
 */
export type TextEncoding = PlainEncoding | `html-${PlainEncoding}`;

/** Result of {@link decodeText}: the text, its encoding and whether it is HTML, or a problem naming the file. */
export type DecodeOutcome =
  | { ok: true; text: string; encoding: TextEncoding; html: boolean }
  | { ok: false; problem: Problem };

function hexByte(byte: number): string {
  return '0x' + byte.toString(16).toUpperCase().padStart(2, '0');
}

function fail(code: ErrorCode, file: string, what: string): DecodeOutcome {
  return { ok: false, problem: { code, message: `${file}: ${what}`, file } };
}

/** Checks a decoded text is not blank and records its encoding. */
function accept(file: string, text: string, encoding: PlainEncoding, html: boolean): DecodeOutcome {
  if (text.trim() === '') return fail(ErrorCode.SourceEmpty, file, 'holds no text, only whitespace');
  return { ok: true, text, encoding: html ? `html-${encoding}` : encoding, html };
}

/** {@link accept} for a text that may hold NUL characters: those are refused. */
function acceptWithoutNul(file: string, text: string, encoding: PlainEncoding, html: boolean): DecodeOutcome {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return fail(
      ErrorCode.SourceEncoding,
      file,
      `contains NUL characters (binary?), the first at character ${nul}`,
    );
  }
  return accept(file, text, encoding, html);
}

const BOM_LABELS = { 'utf-8-bom': 'utf-8', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be' } as const;

/** Decodes a file that starts with a byte order mark (the mark removed). */
function decodeWithBom(bytes: Uint8Array, file: string): DecodeOutcome | undefined {
  const bom = detectBom(bytes);
  if (bom === undefined) return undefined;
  const body = bytes.subarray(bom.length);
  if (bom.encoding !== 'utf-8-bom' && body.length % 2 !== 0) {
    return fail(
      ErrorCode.SourceEncoding,
      file,
      `starts with a ${bom.encoding} byte order mark but has an odd number of bytes`,
    );
  }
  const text = decodeFatal(body, BOM_LABELS[bom.encoding]);
  if (text === undefined) {
    const where =
      bom.encoding === 'utf-8-bom' ? ` (invalid byte at offset ${findInvalidUtf8(body) + bom.length})` : '';
    return fail(
      ErrorCode.SourceEncoding,
      file,
      `starts with a ${bom.encoding} byte order mark but is not valid ${BOM_LABELS[bom.encoding]}${where}`,
    );
  }
  return acceptWithoutNul(file, text, bom.encoding, readHtmlSignals(text).html);
}

/** Decodes an HTML file in the charset it declares, when that is supported and the bytes fit it. */
function decodeDeclared(bytes: Uint8Array, charset: HtmlCharset | undefined): string | undefined {
  if (charset === undefined || charset === 'utf-8') return undefined; // UTF-8 was tried first
  return charset === 'windows-1252' ? decodeWindows1252(bytes) : decodeFatal(bytes, charset);
}

/**
 * The same bytes as a Buffer (a view, not a copy), for its `indexOf`, which searches for a byte
 * natively (memchr) where a Uint8Array's compares byte by byte: the NUL search reads whole files.
 */
function searchable(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The HTML signals of a file's first {@link HTML_SNIFF_BYTES} bytes read as Windows-1252. Every signal
 * (a doctype, `<html>` or `<head>` at the start, a `<meta charset>`) starts with "<", which only the
 * byte 0x3C decodes to: without that byte in the prefix there is none, and the prefix is not decoded at all.
 * `search` is {@link searchable} of the file's bytes; only its prefix is read.
 */
function sniffHtml(search: Buffer): HtmlSignals {
  const prefix = search.subarray(0, HTML_SNIFF_BYTES);
  if (prefix.indexOf(0x3c) < 0) return { html: false };
  return readHtmlSignals(decodeWindows1252(prefix));
}

/**
 * Decodes a source file's bytes, trying in order: a byte order mark (UTF-8, UTF-16 LE/BE; the mark is
 * removed), valid UTF-8, the charset an HTML document declares (utf-8, euc-kr/cp949/ks_c_5601-1987,
 * windows-1252/iso-8859-1), EUC-KR/CP949 Korean by its byte pairs, and Windows-1252 German/English by
 * its letters. The text is otherwise kept exactly as decoded: no newline or Unicode normalization.
 * HTML documents are recorded as `html-<encoding>` with `html: true`.
 *
 * Everything else comes back as a {@link Problem} (`SOURCE_ENCODING`, or `SOURCE_EMPTY` for empty and
 * blank files) whose message starts with `file` and says what the bytes look like: a PNG image, a ZIP
 * archive, a PDF document, NUL bytes, or an invalid byte that fits no recognised encoding. Never throws.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodeOutcome {
  if (bytes.length === 0) return fail(ErrorCode.SourceEmpty, file, 'the file is empty (0 bytes)');
  const magic = describeMagic(bytes);
  if (magic !== undefined) return fail(ErrorCode.SourceEncoding, file, `${magic}, not text`);
  const withBom = decodeWithBom(bytes, file);
  if (withBom !== undefined) return withBom;
  const search = searchable(bytes);
  const nul = search.indexOf(0);
  if (nul >= 0) {
    const utf16 = describeBomlessUtf16(bytes);
    const hint = utf16 === undefined ? '' : ` It looks like ${utf16}; save it as UTF-8.`;
    return fail(
      ErrorCode.SourceEncoding,
      file,
      `contains NUL bytes (binary?), the first at offset ${nul}.${hint}`,
    );
  }
  // No NUL byte: the decoders below map only the byte 0x00 to U+0000 (UTF-8 rejects overlong forms), so
  // their texts hold no NUL character and are accepted without looking for one.
  const signals = sniffHtml(search);
  // The fatal decoder rejects exactly the bytes findInvalidUtf8 finds (the WHATWG UTF-8 rules), so the
  // offset of the first invalid byte is looked for only when decoding fails.
  const utf8 = decodeFatal(bytes, 'utf-8');
  if (utf8 !== undefined) return accept(file, utf8, 'utf-8', signals.html);
  const invalid = findInvalidUtf8(bytes);
  if (signals.html) {
    const declared = decodeDeclared(bytes, signals.charset);
    if (declared !== undefined && signals.charset !== undefined) {
      return accept(file, declared, signals.charset, true);
    }
  }
  const korean = detectEucKr(bytes);
  if (korean !== undefined) return accept(file, korean, 'euc-kr', signals.html);
  if (looksLikeWindows1252(bytes)) {
    return accept(file, decodeWindows1252(bytes), 'windows-1252', signals.html);
  }
  const at = Math.max(0, invalid);
  const declared =
    signals.declared === undefined
      ? ''
      : `; it declares charset "${signals.declared}", which ${signals.charset === undefined ? 'is not supported' : 'does not fit its bytes'}`;
  return fail(
    ErrorCode.SourceEncoding,
    file,
    `not UTF-8 and not a recognised encoding (invalid byte ${hexByte(bytes[at] ?? 0)} at offset ${at})${declared}; save it as UTF-8`,
  );
}
