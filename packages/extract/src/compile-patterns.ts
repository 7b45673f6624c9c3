import type { LangPatterns, Language } from '@dealbrief/core';
import { codePointSize } from './text-scan.js';

const HANGUL = /\p{Script=Hangul}/u;
/** A Latin-script word may not continue past the phrase's edges (other scripts may follow it: "GPU를"). */
const LEFT_EDGE = '(?<![\\p{Script=Latin}\\p{N}])';
const RIGHT_EDGE = '(?![\\p{Script=Latin}\\p{N}])';

/**
 * Compiles a profile's per-language phrase list into one case-insensitive, Unicode-aware RegExp, or
 * null when the language has no phrases. Latin-script phrases are bounded by Latin word edges; Hangul
 * phrases are not, because Korean attaches particles and compounds ("기업에", "공공부문").
 */
export function compilePatterns(patterns: LangPatterns | undefined, language: Language): RegExp | null {
  const list = patterns?.[language] ?? [];
  if (list.length === 0) return null;
  // Neighbouring Latin-script phrases share one pair of edge checks: `E(?:a|b)E` matches what
  // `E(?:a)E|E(?:b)E` matches, in the same order, but the engine checks each edge once per position
  // instead of once per phrase (2–4× faster on the profile's vocabularies).
  const runs: { hangul: boolean; sources: string[] }[] = [];
  for (const source of list) {
    const hangul = HANGUL.test(source);
    const last = runs[runs.length - 1];
    if (last !== undefined && last.hangul === hangul) last.sources.push(source);
    else runs.push({ hangul, sources: [source] });
  }
  const parts = runs.map(({ hangul, sources }) => {
    const phrases = sources.map((source) => `(?:${source})`).join('|');
    return hangul ? phrases : `${LEFT_EDGE}(?:${phrases})${RIGHT_EDGE}`;
  });
  return new RegExp(parts.join('|'), 'giu');
}

/**
 * A sticky copy of a compiled pattern (null for none): it matches only at `lastIndex`, so it tries a
 * pattern at positions a scan has already found instead of rescanning the text (see {@link matchEndAt}).
 */
export function stickyCopy(pattern: RegExp | null): RegExp | null {
  return pattern === null ? null : new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
}

/**
 * Where a sticky pattern's preferred match at `at` ends, or -1 when it has none there (an empty match
 * ends at `at`). `test` sets `lastIndex` to the end and allocates no match array.
 */
export function matchEndAt(sticky: RegExp, text: string, at: number): number {
  sticky.lastIndex = at;
  return sticky.test(text) ? sticky.lastIndex : -1;
}

/**
 * The first non-empty match of a global pattern in `text` from `from` on (look-behinds still see the
 * text before it), or null: empty matches are stepped over by a code point, as a scan does.
 */
function firstNonEmpty(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length > 0) return m;
    pattern.lastIndex += codePointSize(text.codePointAt(m.index) ?? 0);
  }
  return null;
}

/**
 * Whether a compiled (global) pattern has a non-empty match in `text` (false for no pattern): what
 * `findAll(pattern, text, from).length > 0` says, without collecting the matches; it stops at the first.
 * With `from`, the search starts there and look-behinds still see the text before it.
 */
export function hasMatch(pattern: RegExp | null, text: string, from = 0): boolean {
  if (pattern === null || text.length === 0) return false;
  return firstNonEmpty(pattern, text, from) !== null;
}

/** A match of a compiled pattern: UTF-16 range and the matched text. */
export interface PatternMatch {
  start: number;
  end: number;
  text: string;
}

/**
 * The first non-empty match of a compiled (global) pattern in `text` (undefined for none or no
 * pattern): what `findAll(pattern, text)[0]` gives, without scanning past it or collecting the rest.
 */
export function firstMatch(pattern: RegExp | null, text: string): PatternMatch | undefined {
  if (pattern === null || text.length === 0) return undefined;
  const m = firstNonEmpty(pattern, text, 0);
  return m === null ? undefined : { start: m.index, end: m.index + m[0].length, text: m[0] };
}

/**
 * Every match a scan of `text` with a sticky pattern's global original finds (the leftmost, each search
 * going on from the end of the previous one, empty ones stepped over), trying the sticky copy only at
 * `count` ascending `starts` that hold every position at which the original matches: their starts and
 * ends are written to `outStarts` and `outEnds`; returns how many.
 */
export function matchesAt(
  sticky: RegExp,
  text: string,
  starts: readonly number[],
  count: number,
  outStarts: number[],
  outEnds: number[],
): number {
  let found = 0;
  let from = 0;
  for (let i = 0; i < count; i++) {
    const at = starts[i]!;
    if (at < from) continue;
    const end = matchEndAt(sticky, text, at);
    if (end <= at) continue; // none here, or an empty one, which a scan steps over
    outStarts[found] = at;
    outEnds[found++] = end;
    from = end;
  }
  return found;
}

/**
 * The first non-empty match of a sticky pattern (null for none) tried at `count` ascending `starts`:
 * what {@link firstMatch} of its global original gives for `text`, when every position at which the
 * original matches is among the starts (as `matchStarts` (phrase-gate.ts) of a gate that matches wherever the
 * original does lists them). A scan would stop at the leftmost position whose preferred match is not
 * empty, and the sticky copy finds that same preferred match there.
 */
export function firstMatchAt(
  sticky: RegExp | null,
  text: string,
  starts: readonly number[],
  count: number,
): PatternMatch | undefined {
  if (sticky === null) return undefined;
  for (let i = 0; i < count; i++) {
    const at = starts[i]!;
    const end = matchEndAt(sticky, text, at);
    if (end > at) return { start: at, end, text: text.slice(at, end) };
  }
  return undefined;
}

const NO_MATCHES: readonly PatternMatch[] = Object.freeze([]);

/**
 * Every match of `pattern` in `text` as UTF-16 ranges; with `from`, those found by searching from there
 * (look-behinds still see the text before it): the same matches when none can start before `from`.
 */
export function findAll(pattern: RegExp | null, text: string, from = 0): readonly PatternMatch[] {
  if (pattern === null || text.length === 0) return NO_MATCHES;
  const out: PatternMatch[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    else pattern.lastIndex += codePointSize(text.codePointAt(m.index) ?? 0);
  }
  return out.length === 0 ? NO_MATCHES : out;
}
