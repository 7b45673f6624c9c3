import type { LangPatterns, Language } from '@dealbrief/core';

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
  const parts = list.map((source) =>
    HANGUL.test(source) ? `(?:${source})` : `${LEFT_EDGE}(?:${source})${RIGHT_EDGE}`,
  );
  return new RegExp(parts.join('|'), 'giu');
}

/** Every match of `pattern` in `text` as UTF-16 ranges. */
export function findAll(
  pattern: RegExp | null,
  text: string,
): { start: number; end: number; text: string }[] {
  if (pattern === null) return [];
  const out: { start: number; end: number; text: string }[] = [];
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
