import type { Language } from '@dealbrief/core';

/**
 * Where one clause ends and the next begins, per language: semicolons and contrastive or
 * coordinating conjunctions that start a new statement ("…, while around 200,000 will go to …",
 * "…, während …", "… 반면 …"). Korean lists figures per recipient with commas, so a comma ends a
 * clause there.
 */
const CLAUSE_BREAKS: Record<Language, RegExp> = {
  en: /;|,?\s+(?:while|whereas|but|although|though|and then)\s+|\s+[—–]\s+/giu,
  de: /;|,\s*(?:während|wobei|aber|doch|jedoch|wohingegen|sowie)\s+|\s+[—–]\s+/giu,
  ko: /;|,|，|반면(?:에)?\s*|\s+[—–]\s+/gu,
};

/** The clause of `text` that holds UTF-16 index `at`, as a half-open range. */
export function clauseAround(text: string, at: number, language: Language): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  const re = CLAUSE_BREAKS[language];
  // An exec loop, not matchAll, which copies the expression on every call (no break is empty, so
  // lastIndex always moves on).
  re.lastIndex = 0;
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
