import type { Language } from '@dealbrief/core';
import { isWhitespaceCode } from './text-scan.js';

/**
 * Where one clause ends and the next begins, per language: semicolons and contrastive or
 * coordinating conjunctions that start a new statement ("…, while around 200,000 will go to …",
 * "…, während …", "… 반면 …"). Korean lists figures per recipient with commas, so a comma ends a
 * clause there.
 */
export const CLAUSE_BREAKS: Record<Language, RegExp> = {
  en: /;|,?\s+(?:while|whereas|but|although|though|and then)\s+|\s+[—–]\s+/giu,
  de: /;|,\s*(?:während|wobei|aber|doch|jedoch|wohingegen|sowie)\s+|\s+[—–]\s+/giu,
  ko: /;|,|，|반면(?:에)?\s*|\s+[—–]\s+/gu,
};

/**
 * A gate for {@link CLAUSE_BREAKS}: every break holds a match of its language's hint, which starts at
 * the break's ";" or dash or at its conjunction, right after the break's leading `,?\s+`. The hint spells each conjunction with
 * both cases of each letter, which is all that `iu` matching lets stand for those letters (Unicode simple case folding adds only "ſ" for "s" and the
 * Kelvin sign for "k"; "whereas" is cut before its "s"). Most sentences hold none of them, and the
 * hint's first-letter scan (no case folding, no attempt at every space) costs a fraction of the break
 * expression's. German and Korean have none: their expressions mostly start at a comma (only the dash
 * alternative is tried at every space), and scan as fast as a hint would (measured), and commas are
 * everywhere in Korean.
 */
export const CLAUSE_BREAK_HINTS: Record<Language, RegExp | null> = {
  en: /[;—–]|[Ww][Hh][Ii][Ll][Ee]|[Ww][Hh][Ee][Rr][Ee][Aa]|[Bb][Uu][Tt]|[Aa][Ll][Tt][Hh][Oo][Uu][Gg][Hh]|[Tt][Hh][Oo][Uu][Gg][Hh]|[Aa][Nn][Dd] [Tt][Hh][Ee][Nn]/,
  de: null,
  ko: null,
};

/**
 * Where the first break of `text` can start at the earliest, or -1 when it has none: the first hint
 * match, moved back over the whitespace and the one comma a break may hold before it. No break starts
 * earlier: a break holds a hint match at or after the first one, and everything the break holds before
 * its own hint match is that comma and whitespace, which no hint match starts with.
 */
function firstBreakFrom(text: string, language: Language): number {
  const hint = CLAUSE_BREAK_HINTS[language];
  if (hint === null) return 0;
  const at = text.search(hint);
  if (at <= 0) return at;
  let from = at;
  while (from > 0 && isWhitespaceCode(text.charCodeAt(from - 1))) from--;
  if (from > 0 && text.charCodeAt(from - 1) === 0x2c) from--;
  return from;
}

/** The clause of `text` that holds UTF-16 index `at`, as a half-open range. */
export function clauseAround(text: string, at: number, language: Language): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  const from = firstBreakFrom(text, language);
  if (from < 0) return { start, end };
  const re = CLAUSE_BREAKS[language];
  // An exec loop, not matchAll, which copies the expression on every call (no break is empty, so
  // lastIndex always moves on).
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const bStart = m.index;
    const bEnd = bStart + m[0].length;
    if (bEnd <= at) start = bEnd;
    else if (bStart >= at) {
      end = bStart;
      break;
    }
  }
  return { start, end };
}
