/**
 * Byte-level evidence for {@link decodeText}: magic numbers of binary formats, byte order marks,
 * UTF-8 well-formedness, EUC-KR (CP949) byte pairs and Windows-1252 German/English letters.
 * Nothing here throws, whatever the bytes.
 */

/** A binary format recognised by its first bytes, with the phrase that names it in a problem. */
interface Magic {
  bytes: readonly number[];
  what: string;
}

const MAGICS: readonly Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'looks like a PNG image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'looks like a ZIP archive (or DOCX/XLSX/ODT)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'looks like a ZIP archive (empty)' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'looks like a PDF document — convert it to text first' },
  { bytes: [0xff, 0xd8, 0xff], what: 'looks like a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'looks like a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'looks like a gzip archive' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'looks like an old Office document (DOC/XLS)',
  },
];

/** The phrase naming a binary format when `bytes` start with its magic number. */
export function describeMagic(bytes: Uint8Array): string | undefined {
  return MAGICS.find((m) => m.bytes.every((b, k) => bytes[k] === b))?.what;
}

/** Encodings announced by a byte order mark, and the mark's length. */
export type BomEncoding = 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** The encoding a byte order mark announces, with the mark's length in bytes. */
export function detectBom(bytes: Uint8Array): { encoding: BomEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8-bom', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
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

/**
 * A hint when NUL bytes sit at every other position beside ASCII, as in UTF-16 without a byte order
 * mark; undefined otherwise.
 */
export function describeBomlessUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.6 && evenNul === 0) return 'UTF-16 little-endian without a byte order mark';
  if (evenNul >= pairs * 0.6 && oddNul === 0) return 'UTF-16 big-endian without a byte order mark';
  return undefined;
}

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/gu;
const NON_ASCII = /[^\u0000-\u007f]/gu;

/**
 * Decodes the bytes when they read as EUC-KR / CP949 Korean: every byte above 0x7F is a lead byte
 * (0x81–0xFE) followed by a trail byte (0x41–0xFE), most pairs are KS X 1001 Hangul syllables
 * (lead 0xB0–0xC8, trail 0xA1–0xFE), the fatal `euc-kr` decoder accepts them and the result is
 * mostly Hangul. Returns the decoded text when they do, else undefined.
 */
export function detectEucKr(bytes: Uint8Array): string | undefined {
  let pairs = 0;
  let hangulPairs = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1];
    if (lead < 0x81 || lead > 0xfe || trail === undefined || trail < 0x41 || trail > 0xfe) return undefined;
    pairs++;
    if (lead >= 0xb0 && lead <= 0xc8 && trail >= 0xa1) hangulPairs++;
    i++;
  }
  if (pairs === 0 || hangulPairs < pairs * 0.6) return undefined;
  const text = decodeFatal(bytes, 'euc-kr');
  if (text === undefined) return undefined;
  const hangul = text.match(HANGUL_SYLLABLE)?.length ?? 0;
  const nonAscii = text.match(NON_ASCII)?.length ?? 0;
  return hangul >= nonAscii * 0.6 ? text : undefined;
}

/**
 * Windows-1252 bytes typical of German and English text: umlauts and ß, a few accented letters,
 * curly and low quotes, guillemets, dashes, ellipsis, bullet, euro, NBSP, section, degree, ©, ®.
 */
const LATIN_TEXT_BYTES: ReadonlySet<number> = new Set([
  0xe4, 0xf6, 0xfc, 0xc4, 0xd6, 0xdc, 0xdf, 0xe9, 0xe8, 0xe0, 0xc9, 0xe1, 0xe2, 0xe7, 0xea, 0xeb, 0xee, 0xef,
  0xf4, 0xfb, 0xf1, 0x91, 0x92, 0x93, 0x94, 0x84, 0x82, 0x8b, 0x9b, 0xab, 0xbb, 0x96, 0x97, 0x85, 0x95, 0x80,
  0xa0, 0xa7, 0xb0, 0xa9, 0xae, 0xb7, 0xb4,
]);

/**
 * True when the bytes read as Windows-1252 German or English text: ASCII bytes are printable (or tab,
 * LF, CR, form feed) and every other byte is one of {@link LATIN_TEXT_BYTES}.
 */
export function looksLikeWindows1252(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b >= 0x80) {
      if (!LATIN_TEXT_BYTES.has(b)) return false;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
    else if (b === 0x7f) return false;
  }
  return true;
}

/**
 * Fatal decoders by label, made once: a `decode` call without `stream` starts from a clean state. One
 * that threw is dropped, so no decoder is reused after an error, whatever state that left it in.
 */
const FATAL_DECODERS = new Map<string, InstanceType<typeof TextDecoder>>();

/** Decodes with a fatal WHATWG decoder; undefined when the bytes are invalid or the label unknown. */
export function decodeFatal(bytes: Uint8Array, label: string): string | undefined {
  try {
    let decoder = FATAL_DECODERS.get(label);
    if (decoder === undefined) {
      decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
      FATAL_DECODERS.set(label, decoder);
    }
    return decoder.decode(bytes);
  } catch {
    FATAL_DECODERS.delete(label);
    return undefined;
  }
}

/** Windows-1252 characters of bytes 0x80–0x9F (undefined bytes keep their C1 control, as WHATWG does). */
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Node 20 decodes 'windows-1252' as ISO-8859-1: each byte is the code point of the same number. */
const LATIN1 = new TextDecoder('latin1');
const C1_CONTROLS = /[\u0080-\u009f]/g;

/**
 * Decodes Windows-1252 as the WHATWG Encoding Standard does. (Node 20's `TextDecoder('windows-1252')`
 * decodes ISO-8859-1 instead, turning curly quotes and dashes into C1 controls.)
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return LATIN1.decode(bytes).replace(C1_CONTROLS, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}
