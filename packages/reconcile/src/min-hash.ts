/**
 * MinHash signatures and LSH band keys over a source's language-free fact set.
 *
 * Banding: {@link BANDS} bands of {@link ROWS} rows. Two sets with Jaccard similarity s share at least
 * one band, and so become a candidate pair, with probability P(s) = 1 − (1 − s^6)^80 (the S-curve):
 *
 * | s    | 0.2    | 0.3   | 0.4   | 0.5   | 0.6   | 0.7       | 0.8          |
 * |------|--------|-------|-------|-------|-------|-----------|--------------|
 * | P(s) | 0.0051 | 0.057 | 0.28  | 0.72  | 0.978 | 0.999955  | > 0.99999999 |
 *
 * So a pair at the one-story threshold (Jaccard 0.7) is missed with probability 4.5 × 10⁻⁵, and above
 * it far less; the curve's midpoint (1/80)^(1/6) ≈ 0.48 sits well below 0.7. Pairs below 0.5 rarely
 * become candidates, and the exact check discards those that do.
 *
 * Hashing is fixed (FNV-1a, murmur3's finalizer, seeds from the golden ratio), so a set always gets
 * the same signature, in any order, on any machine.
 */

/** Number of LSH bands. */
export const BANDS = 80;
/** MinHash rows per band. */
export const ROWS = 6;
/** Number of MinHash functions in a signature: {@link BANDS} × {@link ROWS}. */
export const SIGNATURE_LENGTH = BANDS * ROWS;

/** murmur3's 32-bit finalizer: a bijection on 32-bit integers that mixes every bit into every bit. */
function mix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One fixed seed per MinHash function. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)));

/** A fact's 32-bit base hash: FNV-1a over its UTF-16 code units, then mixed. */
export function hashFact(fact: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < fact.length; i++) h = Math.imul(h ^ fact.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/**
 * The MinHash signature of a set of facts: for each of {@link SIGNATURE_LENGTH} fixed hash functions,
 * the smallest hash of any fact. Two sets agree in one position with probability ≈ their Jaccard
 * similarity. Duplicates and order do not matter; an empty set gives all 0xffffffff.
 */
export function minHashSignature(facts: Iterable<string>): Uint32Array {
  return signatureOfHashes(Array.from(facts, hashFact));
}

/** {@link minHashSignature} of facts given by their {@link hashFact} hashes. */
export function signatureOfHashes(hashes: ArrayLike<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (let k = 0; k < hashes.length; k++) {
    const base = hashes[k]!;
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const h = mix32(base ^ SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** The share of positions in which two signatures agree: an estimate of the sets' Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/**
 * One 32-bit key per band: a hash of the band's {@link ROWS} MinHash values. Equal bands give equal
 * keys; a rare collision of unequal bands only adds a candidate, which the exact check then rejects.
 */
export function bandKeys(signature: Uint32Array): Uint32Array {
  const keys = new Uint32Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let h = mix32(band + 1);
    for (let row = 0; row < ROWS; row++) h = mix32(Math.imul(h, 0x01000193) ^ signature[band * ROWS + row]!);
    keys[band] = h;
  }
  return keys;
}
