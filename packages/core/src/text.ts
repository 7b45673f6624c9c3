/**
 * Code-point text helpers. JavaScript strings index UTF-16 code units; every offset dealbrief writes is a
 * Unicode code point offset (W3C TextPositionSelector), so astral characters such as emoji count as one.
 */

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Maps between UTF-16 indices and code-point offsets of one text in O(1) per lookup after an O(n) build.
 * Build once per document and share it.
 */
export class CodePointIndex {
  readonly text: string;
  /** utf16ToCp[i] = code-point offset of UTF-16 index i (length text.length + 1). */
  private readonly utf16ToCp: Uint32Array;
  /** cpToUtf16[k] = UTF-16 index of code point k (length codePoints + 1). */
  private readonly cpToUtf16: Uint32Array;
  /** UTF-16 index of the start of each line (after \n, \r\n or a lone \r). */
  private readonly lineStarts: number[];
  readonly length: number;

  constructor(text: string) {
    this.text = text;
    const u2c = new Uint32Array(text.length + 1);
    const c2u: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      u2c[i] = cp;
      c2u.push(i);
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          u2c[i + 1] = cp;
          i++;
        }
      }
      cp++;
    }
    u2c[text.length] = cp;
    c2u.push(text.length);
    this.utf16ToCp = u2c;
    this.cpToUtf16 = Uint32Array.from(c2u);
    this.length = cp;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) starts.push(i + 1);
      else if (c === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /** Code-point offset of UTF-16 index `utf16`. */
  toCodePoint(utf16: number): number {
    if (utf16 < 0 || utf16 > this.text.length) throw new RangeError(`UTF-16 index ${utf16} out of range`);
    return this.utf16ToCp[utf16]!;
  }

  /** UTF-16 index of code-point offset `cp`. */
  toUtf16(cp: number): number {
    if (cp < 0 || cp > this.length) throw new RangeError(`code-point offset ${cp} out of range`);
    return this.cpToUtf16[cp]!;
  }

  /** The text between code-point offsets `[start, end)`. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }

  /** 1-based line and column (column in code points) of code-point offset `cp`. */
  lineColumn(cp: number): { line: number; column: number } {
    const u = this.toUtf16(cp);
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= u) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo]!;
    return { line: lo + 1, column: this.toCodePoint(u) - this.toCodePoint(lineStart) + 1 };
  }
}

/** Code-point slice `[start, end)` of `text` (builds no index; for one-off use). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
