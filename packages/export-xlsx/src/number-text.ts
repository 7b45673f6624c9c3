/**
 * The text of a number, exactly as `String(value)` writes it, made without V8's number-string cache.
 *
 * `String(n)` and `${n}` go through that cache, and what it holds is freed only by a full mark-compact.
 * A number's text stays reachable from the cache until another number takes its slot, so it outlives
 * scavenges and is promoted to the old generation (row numbers: a new one on every row); the text of a
 * double the cache does not hold is written straight into the old generation. Decimal fractions such
 * as the confidences 0.33 and 0.91 share a slot (V8 hashes a double by the xor of its two halves) and
 * keep pushing each other out. At a million claims this left about 50 MB of old-generation garbage,
 * held until the next full collection. `JSON.stringify` writes a finite number as `ToString` does (the
 * JSON spec says so), into a young string nothing else keeps. The text is digits, `.`, `-`, `+`, `e`,
 * `NaN` or `Infinity`: nothing XML escapes, so it goes into a cell as it is.
 */
export function formatNumber(value: number): string {
  // JSON writes NaN and ±Infinity as null; String writes their names.
  return Number.isFinite(value) ? JSON.stringify(value) : String(value);
}
