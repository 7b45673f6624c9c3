import type { Language } from '@dealbrief/core';

/** How sure {@link scoreLanguage} is, and how much text backs it. */
export interface LanguageScore {
  language: Language;
  /** Letters weighed by script: a Hangul syllable counts 2 (it carries about as much as 2–3 Latin letters). */
  weight: number;
  /** False when the text had no distinguishing evidence and the language is only a guess. */
  confident: boolean;
}

const LATIN = /\p{Script=Latin}/u;
const GERMAN_LETTERS = new Set([...'äöüßÄÖÜẞ'].map((ch) => ch.charCodeAt(0)));

/** Frequent German function words that are not also English words. */
const GERMAN_WORDS = new Set(
  `der die das den dem des und nicht mit für sich ist sind ein eine einer eines einem einen auf im
  zu zum zur von vom bei auch als wird werden wurde wurden hat haben oder aber dass daß wie nach über
  um vor aus sie er es wir ich ihr sein seine noch nur schon kann können diese dieser dieses sowie
  sagte einen ihre ihren unter zwischen gegen durch bis seit mehr beim`
    .trim()
    .split(/\s+/),
);

/** Frequent English function words that are not also German words. */
const ENGLISH_WORDS = new Set(
  `the and of to is are was were that with for this it on by from as at be has have had which its
  their not or but said would been they he she we you our his her these those will can could into
  than also about after over more new who what when where while such other`
    .trim()
    .split(/\s+/),
);

/** Length (UTF-16 units) of the longest word in {@link GERMAN_WORDS} and {@link ENGLISH_WORDS}. */
const LONGEST_FUNCTION_WORD = Math.max(...[...GERMAN_WORDS, ...ENGLISH_WORDS].map((w) => w.length));
const LETTER = /^\p{L}$/u;

/** End of the run of letters (`\p{L}`, by code point) that starts at `i`; `i` when there is none. */
function letterRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) j += 1;
      else if (c >= 0x41 && c <= 0x5a) j += 1;
      else break;
    } else {
      const cp = text.codePointAt(j)!;
      if (!LETTER.test(String.fromCodePoint(cp))) break;
      j += cp > 0xffff ? 2 : 1;
    }
  }
  return j;
}

interface LetterCounts {
  hangul: number;
  latin: number;
  germanLetters: number;
}

/** Counts Hangul, Latin and German-only letters in one pass over the UTF-16 units. */
function countLetters(text: string): LetterCounts {
  const counts = { hangul: 0, latin: 0, germanLetters: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) counts.latin++;
    else if (c < 0xc0) continue;
    else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) {
      counts.hangul++;
    } else if (LATIN.test(text[i]!)) {
      counts.latin++;
      if (GERMAN_LETTERS.has(c)) counts.germanLetters++;
    }
  }
  return counts;
}

/**
 * Scores the dominant language of `text`: Korean when Hangul outweighs Latin letters, else German vs
 * English by their function words (der/die/das/und/nicht/mit/für/… vs the/and/of/to/is/…) and the
 * letters ä ö ü ß. Undefined when the text has no Latin or Hangul letters.
 */
export function scoreLanguage(text: string): LanguageScore | undefined {
  const { hangul, latin, germanLetters } = countLetters(text);
  if (hangul === 0 && latin === 0) return undefined;
  if (hangul * 2 >= latin) return { language: 'ko', weight: hangul * 2 + latin, confident: hangul >= 2 };
  let german = Math.min(germanLetters, 3) * 0.5;
  let english = 0;
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    const end = letterRunEnd(lower, i);
    if (end === i) {
      i += 1;
      continue;
    }
    // Function words are short; longer words are skipped without being cut out of the text.
    if (end - i <= LONGEST_FUNCTION_WORD) {
      const word = lower.slice(i, end);
      if (GERMAN_WORDS.has(word)) german++;
      else if (ENGLISH_WORDS.has(word)) english++;
    }
    i = end;
  }
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
