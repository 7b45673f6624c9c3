import type { LangPatterns, Language } from '@dealbrief/core';

const LATIN_START = /^[\p{Script=Latin}\p{N}]/u;
const LATIN_END = /[\p{Script=Latin}\p{N}]$|\?$/u;

/**
 * Compiles a profile's per-language phrase list into one case-insensitive, Unicode-aware RegExp, or
 * null when the language has no phrases. Latin-script phrases are bounded by word edges; Hangul
 * phrases are not, because Korean attaches particles.
 */
export function compilePatterns(patterns: LangPatterns | undefined, language: Language): RegExp | null {
  const list = patterns?.[language] ?? [];
  if (list.length === 0) return null;
  const parts = list.map((source) => {
    const bare = source.replace(/^\(\?:|\)$/g, '');
    const left = LATIN_START.test(bare) ? '(?<![\\p{L}\\p{N}])' : '';
    const right = LATIN_END.test(bare) ? '(?![\\p{L}\\p{N}])' : '';
    return `${left}(?:${source})${right}`;
  });
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
