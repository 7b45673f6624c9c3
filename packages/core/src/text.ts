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

/** A high surrogate followed by a low one (an astral character), matched by UTF-16 code units. */
const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/;

/** Whether `text` holds an astral character. */
function hasSurrogatePair(text: string): boolean {
  return SURROGATE_PAIR.test(text);
}

/**
 * Maps between UTF-16 indices and code-point offsets of one text in O(1) per lookup after an O(n) build.
 * Build once per document and share it.
 */
export class CodePointIndex {
  readonly text: string;
  /** utf16ToCp[i] = code-point offset of UTF-16 index i (length text.length + 1); null when they are equal. */
  private readonly utf16ToCp: Uint32Array | null;
  /** cpToUtf16[k] = UTF-16 index of code point k (length codePoints + 1); null when they are equal. */
  private readonly cpToUtf16: Uint32Array | null;
  /** UTF-16 index of the start of each line (after \n, \r\n or a lone \r), found on first use. */
  private lineStarts: number[] | null = null;
  readonly length: number;

  constructor(text: string) {
    this.text = text;
    // Most texts have no astral characters: then the offsets are the UTF-16 indices and no table is built.
    if (!hasSurrogatePair(text)) {
      this.utf16ToCp = null;
      this.cpToUtf16 = null;
      this.length = text.length;
      return;
    }
    const u2c = new Uint32Array(text.length + 1);
    const c2u = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      u2c[i] = cp;
      c2u[cp] = i;
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
    c2u[cp] = text.length;
    this.utf16ToCp = u2c;
    this.cpToUtf16 = c2u.slice(0, cp + 1);
    this.length = cp;
  }

  /** Code-point offset of UTF-16 index `utf16`. */
  toCodePoint(utf16: number): number {
    if (utf16 < 0 || utf16 > this.text.length) throw new RangeError(`UTF-16 index ${utf16} out of range`);
    return this.utf16ToCp === null ? utf16 : this.utf16ToCp[utf16]!;
  }

  /** UTF-16 index of code-point offset `cp`. */
  toUtf16(cp: number): number {
    if (cp < 0 || cp > this.length) throw new RangeError(`code-point offset ${cp} out of range`);
    return this.cpToUtf16 === null ? cp : this.cpToUtf16[cp]!;
  }

  /** The text between code-point offsets `[start, end)`. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }

  /**
   * The line starts, found with `indexOf` (native search) for "\n" and "\r" instead of a loop over every
   * code unit: a document has a line break per paragraph, not per character.
   */
  private findLineStarts(): number[] {
    const text = this.text;
    const starts = [0];
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        // A lone CR ends a line, and so does CRLF, once.
        const next = lf === cr + 1 ? cr + 2 : cr + 1;
        starts.push(next);
        if (lf === cr + 1) lf = text.indexOf('\n', next);
        cr = text.indexOf('\r', cr + 1);
      } else {
        starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      }
    }
    return starts;
  }

  /** 1-based line and column (column in code points) of code-point offset `cp`. */
  lineColumn(cp: number): { line: number; column: number } {
    const u = this.toUtf16(cp);
    this.lineStarts ??= this.findLineStarts();
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= u) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo]!;
    return { line: lo + 1, column: this.toCodePoint(u) - this.toCodePoint(lineStart) + 1 };
  }
}

/** Code-point slice `[start, end)` of `text` (builds no index; for one-off use). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
