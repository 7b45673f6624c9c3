/**
 * Test helpers that produce real bytes in legacy encodings without a table file: EUC-KR bytes are found
 * once by decoding every two-byte pair with `TextDecoder('euc-kr')`.
 */

let eucKrTable: Map<string, [number, number]> | undefined;

function buildEucKrTable(): Map<string, [number, number]> {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder('euc-kr', { fatal: true });
  // KS X 1001 rows first, so the standard EUC-KR pair wins over a CP949 extension pair.
  for (const [leadFrom, trailFrom] of [
    [0xa1, 0xa1],
    [0x81, 0x41],
  ] as const) {
    for (let lead = leadFrom; lead <= 0xfe; lead++) {
      for (let trail = trailFrom; trail <= 0xfe; trail++) {
        try {
          const ch = decoder.decode(Uint8Array.from([lead, trail]));
          if ([...ch].length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
        } catch {
          // not a character in this encoding
        }
      }
    }
  }
  return table;
}

/** EUC-KR (CP949) bytes of `text`; throws on a character the encoding lacks. */
export function encodeEucKr(text: string): Uint8Array {
  eucKrTable ??= buildEucKrTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = eucKrTable.get(ch);
    if (pair === undefined) throw new Error(`no EUC-KR bytes for ${ch}`);
    bytes.push(...pair);
  }
  return Uint8Array.from(bytes);
}

const CP1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‹': 0x8b,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '›': 0x9b,
};

/** Windows-1252 bytes of `text`; throws on a character the encoding lacks. */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const high = CP1252_HIGH[ch];
    if (high !== undefined) bytes.push(high);
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else throw new Error(`no Windows-1252 byte for ${ch}`);
  }
  return Uint8Array.from(bytes);
}

/** UTF-16 bytes of `text` with a byte order mark, little- or big-endian. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes: number[] = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const hi = unit >> 8;
    const lo = unit & 0xff;
    bytes.push(...(endian === 'le' ? [lo, hi] : [hi, lo]));
  }
  return Uint8Array.from(bytes);
}

/** UTF-8 bytes of `text`. */
export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Concatenates byte arrays and byte lists. */
export function joinBytes(...parts: (Uint8Array | readonly number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}
