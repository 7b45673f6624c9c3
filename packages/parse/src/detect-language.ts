import { type Language, LanguageSchema } from '@dealbrief/core';
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
 * The languages present in a text, main one first, from per-paragraph scores: the main language is the
 * heaviest of those some paragraph is confidently in (the heaviest of all when none is); others count
 * when at least one paragraph is confidently in them.
 */
export function rankLanguages(scores: readonly (LanguageScore | undefined)[]): Language[] {
  // Most texts are in one language: then it is the main one, confident or not, and there is no other.
  // That case stays in this small function; a mixed text is ranked apart, so its maps and sorting stay
  // out of what is compiled (index loop: no iterator to inline either).
  let single: Language | undefined;
  for (let k = 0; k < scores.length; k++) {
    const score = scores[k];
    if (score === undefined) continue;
    if (single === undefined) single = score.language;
    else if (score.language !== single) return rankMixedLanguages(scores);
  }
  return single === undefined ? [] : [single];
}

/**
 * The languages, in the order ties of weight are ranked in: their codes' alphabetical order (as the
 * `localeCompare` of these codes orders them), taken from core's list of languages.
 */
const LANGUAGES: readonly Language[] = [...LanguageSchema.options].sort();
/** Each language's place in {@link LANGUAGES}. */
const LANGUAGE_SLOT = new Map<Language, number>(LANGUAGES.map((language, slot) => [language, slot]));

/**
 * {@link rankLanguages} of scores in more than one language. Totals are kept per slot of
 * {@link LANGUAGES}, not in maps, and ranked by insertion, not by sorting entries: a small function to
 * compile. A score in a language outside core's list (from a JavaScript caller) is not ranked.
 */
function rankMixedLanguages(scores: readonly (LanguageScore | undefined)[]): Language[] {
  const totals: number[] = new Array(LANGUAGES.length).fill(0);
  const present: boolean[] = new Array(LANGUAGES.length).fill(false);
  const confident: boolean[] = new Array(LANGUAGES.length).fill(false);
  for (let k = 0; k < scores.length; k++) {
    const score = scores[k];
    if (score === undefined) continue;
    const slot = LANGUAGE_SLOT.get(score.language);
    if (slot === undefined) continue;
    totals[slot]! += score.weight;
    present[slot] = true;
    if (score.confident) confident[slot] = true;
  }
  // The present languages by total weight, heaviest first; ties keep the order of LANGUAGES.
  const ranked: number[] = [];
  for (let slot = 0; slot < LANGUAGES.length; slot++) {
    if (!present[slot]) continue;
    let at = ranked.length;
    while (at > 0 && totals[ranked[at - 1]!]! < totals[slot]!) at--;
    ranked.splice(at, 0, slot);
  }
  // The main language is the heaviest confident one, else the heaviest; then the other confident ones.
  let main = ranked[0];
  for (let k = 0; k < ranked.length; k++) {
    if (confident[ranked[k]!]) {
      main = ranked[k];
      break;
    }
  }
  if (main === undefined) return [];
  const languages: Language[] = [LANGUAGES[main]!];
  for (let k = 0; k < ranked.length; k++) {
    const slot = ranked[k]!;
    if (slot !== main && confident[slot]) languages.push(LANGUAGES[slot]!);
  }
  return languages;
}
