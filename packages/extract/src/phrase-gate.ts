import type { LangPatterns, Language } from '@dealbrief/core';
import { type StartTable, startTableOf } from './start-table.js';
import { codePointSize } from './text-scan.js';

/**
 * The phrases of a list without their edge checks, as one case-insensitive global pattern, or null when
 * the language has none: it matches wherever compilePatterns' pattern (compile-patterns.ts) matches (and at some more
 * places, inside longer words), at about two thirds of the cost. A gate, never a match; global so that
 * one scan lists every position where a phrase may match (see {@link matchStarts}).
 */
export function compilePhraseGate(patterns: LangPatterns | undefined, language: Language): RegExp | null {
  const list = patterns?.[language] ?? [];
  if (list.length === 0) return null;
  return new RegExp(list.map((source) => `(?:${source})`).join('|'), 'giu');
}

/**
 * Every position at which a global pattern has a match in `text` (an empty one too), ascending, written
 * to `out`; returns how many. Unlike `findAll` (compile-patterns.ts), it also lists the starts inside an earlier match,
 * so that each position where one of the pattern's alternatives matches is among them.
 */
export function matchStarts(pattern: RegExp, text: string, out: number[]): number {
  let count = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out[count++] = m.index;
    pattern.lastIndex = m.index + codePointSize(text.codePointAt(m.index) ?? 0);
  }
  return count;
}

/**
 * A phrase gate (compilePhraseGate's global pattern) ready for {@link gateStarts}, with the table of
 * the code units its matches can start with (null: any, see startTableOf).
 */
export interface PhraseGate {
  pattern: RegExp;
  starts: StartTable | null;
}

/** Prepares a global gate pattern for {@link gateStarts} (null for none). */
export function preparePhraseGate(pattern: RegExp | null): PhraseGate | null {
  if (pattern === null) return null;
  return { pattern, starts: startTableOf(pattern) };
}

/**
 * What {@link matchStarts} lists for the gate's pattern: every position at which it matches, ascending.
 * A char-code loop skips the positions whose first three code units no match starts with (the table is
 * a superset of the pattern's starts, see StartTable) and tries the pattern cut to the alternatives
 * that may start there, sticky, at the rest: it matches at a position exactly when a global search
 * from there finds a match that starts there. Positions inside a surrogate pair are never tried, as a
 * global scan never stops there: a table exists only for patterns whose matches start with a BMP code
 * unit that is not a surrogate (a low surrogate is of class 0).
 */
export function gateStarts(gate: PhraseGate, text: string, out: number[]): number {
  const table = gate.starts;
  if (table === null) return matchStarts(gate.pattern, text, out);
  const { ids, cells, width, cut } = table;
  const length = text.length;
  let count = 0;
  // Classes of the code units at p, p + 1 and p + 2 (class 0 past the end).
  let a = length > 0 ? ids[text.charCodeAt(0)]! : 0;
  let b = length > 1 ? ids[text.charCodeAt(1)]! : 0;
  for (let p = 0; p < length; p++) {
    const c = p + 2 < length ? ids[text.charCodeAt(p + 2)]! : 0;
    const index = a === 0 ? 0 : cells[(a * width + b) * width + c]!;
    if (index !== 0) {
      const sticky = cut[index]!;
      sticky.lastIndex = p;
      if (sticky.test(text)) out[count++] = p;
    }
    a = b;
    b = c;
  }
  return count;
}
