import type { Language } from '@dealbrief/core';
import { type ParagraphScan, scanParagraph } from './scan-paragraph.js';

/** How sure {@link scoreLanguage} is, and how much text backs it. */
export interface LanguageScore {
  language: Language;
  /** Letters weighed by script: a Hangul syllable counts 2 (it carries about as much as 2–3 Latin letters). */
  weight: number;
  /** False when the text had no distinguishing evidence and the language is only a guess. */
  confident: boolean;
}

/**
 * Scores the dominant language of `text`: Korean when Hangul outweighs Latin letters, else German vs
 * English by their function words (der/die/das/und/nicht/mit/für/… vs the/and/of/to/is/…) and the
 * letters ä ö ü ß. Undefined when the text has no Latin or Hangul letters.
 *
 * Function words are the letter runs of `text.toLowerCase()`. Lower-casing keeps every character but
 * "İ" as long and as much a letter as it was (checked for all code points in detect-language.test.ts),
 * so the runs are read in `text` itself; a text with an "İ" has its words read again from its lower
 * case.
 */
export function scoreLanguage(text: string): LanguageScore | undefined {
  return scoreLanguageIn(text, 0, text.length);
}

/** {@link scoreLanguage} of `text.slice(start, end)`, read in place (UTF-16 indices). */
export function scoreLanguageIn(text: string, start: number, end: number): LanguageScore | undefined {
  return scoreScannedLanguage(scanParagraph(text, start, end), text, start, end);
}

/**
 * {@link scoreLanguageIn} from the {@link scanParagraph} of `text.slice(start, end)` already made (the
 * text is read again only when it holds an "İ").
 */
export function scoreScannedLanguage(
  scan: ParagraphScan,
  text: string,
  start: number,
  end: number,
): LanguageScore | undefined {
  const { hangul, latin, germanLetters } = scan;
  if (hangul === 0 && latin === 0) return undefined;
  if (hangul * 2 >= latin) return { language: 'ko', weight: hangul * 2 + latin, confident: hangul >= 2 };
  let words = scan;
  if (scan.dottedCapitalI) {
    const lower = text.slice(start, end).toLowerCase();
    words = scanParagraph(lower, 0, lower.length);
  }
  const german = Math.min(germanLetters, 3) * 0.5 + words.germanWords;
  const english = words.englishWords;
  const weight = hangul * 2 + latin;
  if (german > english) return { language: 'de', weight, confident: german >= 2 };
  return { language: 'en', weight, confident: english >= 2 && english > german };
}

/**
 * The dominant language of `text` ('en', 'de' or 'ko'), or undefined when it has no Latin or Hangul
 * letters. Short texts without function words are guessed ('en' unless they hold ä ö ü ß).
 */
export function detectLanguage(text: string): Language | undefined {
  return scoreLanguage(text)?.language;
}

/**
 * The languages present in a text, main one first, from per-paragraph scores: the main language has
 * the most weight; others count when at least one paragraph is confidently in them.
 */
export function rankLanguages(scores: readonly (LanguageScore | undefined)[]): Language[] {
  // Most texts are in one language: then it is the main one, confident or not, and there is no other.
  let single: Language | undefined;
  let mixed = false;
  for (const score of scores) {
    if (score === undefined) continue;
    if (single === undefined) single = score.language;
    else if (score.language !== single) {
      mixed = true;
      break;
    }
  }
  if (!mixed) return single === undefined ? [] : [single];
  const totals = new Map<Language, number>();
  const confident = new Set<Language>();
  for (const score of scores) {
    if (score === undefined) continue;
    totals.set(score.language, (totals.get(score.language) ?? 0) + score.weight);
    if (score.confident) confident.add(score.language);
  }
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const main = ranked.find(([language]) => confident.has(language))?.[0] ?? ranked[0]?.[0];
  if (main === undefined) return [];
  return [main, ...ranked.map(([language]) => language).filter((l) => l !== main && confident.has(l))];
}
