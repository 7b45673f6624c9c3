/**
 * `toLowerCase` one UTF-16 code unit at a time, for scanners that compare words by character codes
 * without cutting them out and lower-casing them.
 */

/** Answers found so far: 0 not asked yet, -1 no answer (see {@link lowerCodeUnit}), else lower case + 1. */
const FOUND = new Int32Array(0x10000);

/** Capital Sigma: its lower case depends on the letters around it (final "ς" or "σ"). */
const CAPITAL_SIGMA = 0x3a3;

/**
 * The code unit that `code` becomes in `text.toLowerCase()` wherever it stands in `text`, or -1 when
 * that is not one fixed code unit: a surrogate (the pair is lower-cased as one code point), "İ"
 * (lower-cased to two code units) and "Σ" (lower-cased after its neighbours). Then a caller must
 * lower-case the text itself. Filled in on first use of each code unit (the full table takes ~20 ms).
 */
export function lowerCodeUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  let found = FOUND[code]!;
  if (found === 0) {
    found = lowerAlone(code);
    FOUND[code] = found;
  }
  return found < 0 ? -1 : found - 1;
}

function lowerAlone(code: number): number {
  if ((code >= 0xd800 && code <= 0xdfff) || code === CAPITAL_SIGMA) return -1;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) + 1 : -1;
}
