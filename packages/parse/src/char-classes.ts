/**
 * Character classes of single UTF-16 units, for the scanners that walk a text by `charCodeAt` instead
 * of testing a regex against a one-character string at every position. Each answers exactly what the
 * regex in its doc comment answers for the one-unit string `String.fromCharCode(unit)` (so a lone
 * surrogate half is never a letter), and false for `NaN` (a position past the end).
 *
 * ASCII is decided inline; any other unit is decided by the regex the first time it is seen and then
 * remembered in a 64 K table. The table is keyed by the unit's value only, never by text, so it holds
 * at most one answer per UTF-16 unit per class.
 */

const UNKNOWN = 0;
const NO = 1;
const YES = 2;

/** A remembered `pattern.test(String.fromCharCode(unit))`; false for `NaN`. */
function rememberedTest(pattern: RegExp): (unit: number) => boolean {
  const table = new Uint8Array(0x10000);
  return (unit) => {
    let verdict = table[unit];
    if (verdict === UNKNOWN) {
      verdict = pattern.test(String.fromCharCode(unit)) ? YES : NO;
      table[unit] = verdict;
    }
    return verdict === YES;
  };
}

const isOtherLetter = rememberedTest(/\p{L}/u);
const isOtherLowercase = rememberedTest(/\p{Ll}/u);
const isOtherLatin = rememberedTest(/\p{Script=Latin}/u);

/** True for ASCII letters A–Z, a–z. */
export function isAsciiLetter(unit: number): boolean {
  const folded = unit | 0x20;
  return folded >= 0x61 && folded <= 0x7a;
}

/** `/\p{L}/u`: a letter of any script. */
export function isLetterUnit(unit: number): boolean {
  if (unit < 0x80) return isAsciiLetter(unit);
  if (unit >= 0xac00 && unit <= 0xd7a3) return true; // Hangul syllables (Lo)
  return isOtherLetter(unit);
}

/** `/\p{Ll}/u`: a lower-case letter. */
export function isLowercaseUnit(unit: number): boolean {
  if (unit < 0x80) return unit >= 0x61 && unit <= 0x7a;
  return isOtherLowercase(unit);
}

/** `/\p{Script=Latin}/u`: a character of the Latin script. */
export function isLatinUnit(unit: number): boolean {
  if (unit < 0x80) return isAsciiLetter(unit);
  return isOtherLatin(unit);
}

/**
 * `/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u`: whitespace ({@link isWhitespaceUnit}) or an
 * invisible zero-width or bidi control character.
 */
export function isSpaceUnit(unit: number): boolean {
  return (
    isWhitespaceUnit(unit) ||
    (unit >= 0x200b && unit <= 0x200f) ||
    (unit >= 0x202a && unit <= 0x202e) ||
    (unit >= 0x2066 && unit <= 0x2069)
  );
}

/**
 * `/\s/u`: JavaScript whitespace, what `String.prototype.trim` removes (no zero-width characters): tab
 * to CR, space, NBSP, U+1680, U+2000–U+200A, line and paragraph separators, U+202F, U+205F, U+3000, BOM.
 */
export function isWhitespaceUnit(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  if (unit < 0x2000) return unit === 0xa0 || unit === 0x1680;
  return (
    unit <= 0x200a ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/** `/\d/u`: an ASCII digit. */
export function isDigitUnit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

/** True for a Hangul syllable U+AC00–U+D7A3 (`/[\uac00-\ud7a3]/u`). */
export function isHangulSyllable(unit: number): boolean {
  return unit >= 0xac00 && unit <= 0xd7a3;
}

/**
 * `/[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/u`: Hangul syllables, jamo and compatibility jamo (what
 * language detection weighs as Hangul).
 */
export function isHangulUnit(unit: number): boolean {
  return isHangulSyllable(unit) || (unit >= 0x1100 && unit <= 0x11ff) || (unit >= 0x3130 && unit <= 0x318f);
}

/** `/[。！？]/u`: full-width terminals, which end a sentence even without a following space. */
export function isWideTerminalUnit(unit: number): boolean {
  return unit === 0x3002 || unit === 0xff01 || unit === 0xff1f;
}

/** `/[.!?。！？…]/u`: sentence terminals. */
export function isTerminalUnit(unit: number): boolean {
  return unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x2026 || isWideTerminalUnit(unit);
}

/**
 * `/[.!?。！？…:：]/u`: marks that finish a line's sentence: the sentence terminals and a colon (what
 * follows it is a new line's business).
 */
export function isLineTerminalUnit(unit: number): boolean {
  return isTerminalUnit(unit) || unit === 0x3a || unit === 0xff1a;
}

/** `/["'”’»›)\]}」』〉》]/u`: a closing quote or bracket, which may follow a sentence's final mark. */
export function isCloserUnit(unit: number): boolean {
  switch (unit) {
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0xbb: // »
    case 0x2019: // ’
    case 0x201d: // ”
    case 0x203a: // ›
    case 0x3009: // 〉
    case 0x300b: // 》
    case 0x300d: // 」
    case 0x300f: // 』
      return true;
    default:
      return false;
  }
}

/** `/[다요까죠]/u`: a Korean sentence-final syllable (after another Hangul syllable it ends a sentence). */
export function isKoreanFinalUnit(unit: number): boolean {
  return unit === 0xb2e4 || unit === 0xc694 || unit === 0xae4c || unit === 0xc8e0;
}
