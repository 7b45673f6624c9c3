/**
 * Folds text for matching without changing its length in UTF-16 code units, so an index found in the
 * folded text is the same index in the original: no-break and narrow spaces become " ", hyphen and
 * dash look-alikes inside words (U+2010, U+2011, U+2012, U+2043, U+FE63, U+FF0D) become "-", and
 * typographic apostrophes (U+2019, U+02BC) become "'".
 */
export function foldForMatching(text: string): string {
  // Most sentences and paragraphs have nothing to fold: one test (no global state, no replacement
  // machinery, no callback) answers them; measured faster than a char-code loop as well.
  return FOLDS_ANY.test(text) ? text.replace(FOLD_PATTERN, foldChar) : text;
}

function foldChar(c: string): string {
  return FOLD_MAP[c] ?? c;
}

const FOLD_MAP: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u3000': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2043': '-',
  '\ufe63': '-',
  '\uff0d': '-',
  '\u2019': "'",
  '\u02bc': "'",
};

const FOLD_PATTERN = new RegExp(`[${Object.keys(FOLD_MAP).join('')}]`, 'g');
/** {@link FOLD_PATTERN} without the global flag, for `test` (which then keeps no `lastIndex`). */
const FOLDS_ANY = new RegExp(FOLD_PATTERN.source);

/**
 * A composed view of a text for matching, with the way back to offsets in the original: decomposed
 * Korean (NFD jamo) and Latin letters with combining marks are composed (NFC), and invisible format
 * characters (zero-width space and joiners U+200B–U+200F, bidi controls U+202A–U+202E and
 * U+2066–U+2069, U+FEFF, soft hyphen U+00AD) are left out, so "이재명" in jamo and "260,\u200b000"
 * still match. Unlike {@link foldForMatching} the view may be shorter than the text.
 */
export interface ComposedView {
  /** The composed text. */
  text: string;
  /** Whether `text` is the original unchanged (then the offset maps are the identity). */
  identity: boolean;
  /** Original UTF-16 index of a span starting at view index `start`. */
  toOriginalStart(start: number): number;
  /** Original UTF-16 index of a span ending at view index `end`. */
  toOriginalEnd(end: number): number;
}

const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;
const NEEDS_VIEW = /[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u1100-\u11ff\p{M}]/u;
/** Code points that attach to the one before: combining marks and Hangul medial/final jamo. */
const ATTACHES = /[\p{M}\u1160-\u11ff]/u;

/** Bit of {@link matchingCodes}: the code unit needs a composed view ({@link NEEDS_VIEW}). */
export const COMPOSES = 1;
/** Bit of {@link matchingCodes}: {@link foldForMatching} changes the code unit. */
export const FOLDS = 2;
/** Bit of {@link matchingCodes}: a surrogate, whose code point decides whether it needs a view. */
export const SURROGATE = 4;

let codeTable: Uint8Array | undefined;

/**
 * Sets, for each [pattern, bit], `bit` in `codes` at every code unit but the surrogates that `pattern`
 * (a single-character expression) matches alone: one pass of each expression over all code units,
 * decoded as one string (far cheaper than 63,488 one-character strings joined). The long loops are
 * in small functions of their own, so the table builders that call them are not optimised mid-loop
 * (and thrown away again at the next loop) for code that runs once.
 */
export function markCodeUnits(codes: Uint8Array, marks: ReadonlyArray<readonly [RegExp, number]>): void {
  const all = nonSurrogateUnits();
  for (let k = 0; k < marks.length; k++) markMatches(codes, all, marks[k]![0], marks[k]![1]);
}

/** Every UTF-16 code unit but the surrogates, in order, as one string. */
function nonSurrogateUnits(): string {
  const units = everyCodeUnit();
  const decoder = new TextDecoder('utf-16le');
  return decoder.decode(units.subarray(0, 0xd800)) + decoder.decode(units.subarray(0xe000));
}

/**
 * 0 to 0xffff in order. The loop is all the function does: V8 optimises it mid-loop, and code after
 * such a loop (never run before then) would throw that code away again.
 */
function everyCodeUnit(): Uint16Array {
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c;
  return units;
}

function markMatches(codes: Uint8Array, all: string, pattern: RegExp, bit: number): void {
  for (const m of all.matchAll(new RegExp(pattern.source, 'gu'))) codes[m[0].charCodeAt(0)]! |= bit;
}

/**
 * Bits ({@link COMPOSES}, {@link FOLDS}, {@link SURROGATE}) for every UTF-16 code unit, so that one
 * pass of table look-ups tells whether matching would see a text other than the one given. Built
 * once, on first use, by running the expressions over every code unit.
 */
export function matchingCodes(): Uint8Array {
  if (codeTable !== undefined) return codeTable;
  const codes = new Uint8Array(0x10000);
  codes.fill(SURROGATE, 0xd800, 0xe000);
  markCodeUnits(codes, [[NEEDS_VIEW, COMPOSES]]);
  for (const c of Object.keys(FOLD_MAP)) codes[c.charCodeAt(0)]! |= FOLDS;
  codeTable = codes;
  return codes;
}

/**
 * Code units outside a few blocks that never need a view: ASCII and Latin letters (U+00AD, the soft
 * hyphen, left out), general punctuation without the invisible format characters, and the composed
 * Hangul syllables. A test in text-fold.test.ts checks them against {@link matchingCodes}.
 */
export const MAYBE_NEEDS_VIEW = /[^\u0000-\u00ac\u00ae-\u02ff\u2010-\u2029\u202f-\u205f\uac00-\ud7a3]/;

/**
 * `NEEDS_VIEW.test(text)`, cheaper: a small expression finds the first code unit that may need a view
 * (in most text there is none), and table look-ups go on from there; a surrogate pair (an emoji, or a
 * combining mark outside the BMP) hands the rest of the text to the expression itself.
 */
function needsView(text: string): boolean {
  const from = text.search(MAYBE_NEEDS_VIEW);
  if (from < 0) return false;
  const codes = matchingCodes();
  for (let i = from; i < text.length; i++) {
    const bits = codes[text.charCodeAt(i)]!;
    if ((bits & COMPOSES) !== 0) return true;
    if ((bits & SURROGATE) !== 0) return NEEDS_VIEW.test(text.slice(i));
  }
  return false;
}

/** The offset map of a view that is the text itself (one function for every such view). */
function sameIndex(index: number): number {
  return index;
}

/**
 * Builds the {@link ComposedView} of `text`. Text that is already composed and free of invisible
 * format characters (the usual case) costs one regular-expression test and maps by identity.
 */
export function composeForMatching(text: string): ComposedView {
  if (!needsView(text)) {
    return { text, identity: true, toOriginalStart: sameIndex, toOriginalEnd: sameIndex };
  }
  // Cluster = a starter and the code points that attach to it (or invisible ones after it).
  const clusters: { start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const last = clusters[clusters.length - 1];
    if (last !== undefined && last.end === i && (ATTACHES.test(ch) || INVISIBLE.test(ch)))
      last.end += ch.length;
    else clusters.push({ start: i, end: i + ch.length });
    i += ch.length;
  }
  let view = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  for (const c of clusters) {
    const composed = [...text.slice(c.start, c.end)]
      .filter((ch) => !INVISIBLE.test(ch))
      .join('')
      .normalize('NFC');
    for (let k = 0; k < composed.length; k++) {
      startOf.push(c.start);
      endOf.push(c.end);
    }
    view += composed;
  }
  return {
    text: view,
    identity: false,
    toOriginalStart: (s) => (s >= view.length ? text.length : (startOf[Math.max(0, s)] ?? 0)),
    toOriginalEnd: (e) => (e <= 0 ? (startOf[0] ?? 0) : (endOf[Math.min(e, view.length) - 1] ?? text.length)),
  };
}
