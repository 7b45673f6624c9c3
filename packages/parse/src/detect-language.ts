import type { Language } from '@dealbrief/core';
import { isAsciiLetter, isHangulUnit, isLatinUnit, isLetterUnit } from './char-classes.js';
import {
  ENGLISH_WORD,
  functionWordLanguage,
  GERMAN_WORD,
  LONGEST_FUNCTION_WORD,
  NOT_IN_ALPHABET,
  SHORTEST_FUNCTION_WORD,
  WORD_ALPHABET,
} from './function-words.js';

/** How sure {@link scoreLanguage} is, and how much text backs it. */
export interface LanguageScore {
  language: Language;
  /** Letters weighed by script: a Hangul syllable counts 2 (it carries about as much as 2–3 Latin letters). */
  weight: number;
  /** False when the text had no distinguishing evidence and the language is only a guess. */
  confident: boolean;
}

const GERMAN_LETTERS = new Set([...'äöüßÄÖÜẞ'].map((ch) => ch.charCodeAt(0)));

const LETTER = /^\p{L}$/u;

/**
 * The number in {@link WORD_ALPHABET} of the lower case of a UTF-16 unit (so "Ü" gives ü's number), or
 * {@link NOT_IN_ALPHABET}. Decided by `toLowerCase` itself.
 */
function alphabetNumber(unit: number): number {
  const lower = String.fromCharCode(unit).toLowerCase();
  const at = lower.length === 1 ? WORD_ALPHABET.indexOf(lower) : -1;
  return at < 0 ? NOT_IN_ALPHABET : at + 1;
}

/*
 * What readEvidence needs to know of a UTF-16 unit, packed into one number and remembered per unit
 * value in UNIT_FACTS (0 while not yet described), so the scan does one table lookup a character.
 */
/** Bits 0–4: the {@link alphabetNumber} of the unit. */
const ALPHABET_MASK = 0x1f;
/** `\p{L}` (for the one unit). */
const LETTER_BIT = 0x20;
/** Weighed as Latin: an ASCII letter, or a Latin-script unit from U+00C0 on that is not Hangul. */
const LATIN_BIT = 0x40;
/** Weighed as Hangul ({@link isHangulUnit}). */
const HANGUL_BIT = 0x80;
/** Latin and one of ä ö ü ß Ä Ö Ü ẞ. */
const GERMAN_BIT = 0x100;
/** A high surrogate (the code point is read whole) or "İ" (see {@link scoreLanguage}). */
const SPECIAL_BIT = 0x200;
const DESCRIBED_BIT = 0x400;
const UNIT_FACTS = new Uint16Array(0x10000);

function describeUnit(c: number): number {
  let facts = DESCRIBED_BIT | alphabetNumber(c);
  if (isAsciiLetter(c)) facts |= LATIN_BIT;
  else if (isHangulUnit(c)) facts |= HANGUL_BIT;
  else if (c >= 0xc0 && isLatinUnit(c)) facts |= LATIN_BIT | (GERMAN_LETTERS.has(c) ? GERMAN_BIT : 0);
  if (isLetterUnit(c)) facts |= LETTER_BIT;
  if ((c >= 0xd800 && c <= 0xdbff) || c === 0x130) facts |= SPECIAL_BIT;
  UNIT_FACTS[c] = facts;
  return facts;
}

/** What {@link scoreLanguage} weighs: letters by script, German-only letters, function words. */
interface Evidence {
  hangul: number;
  latin: number;
  /** ä ö ü ß Ä Ö Ü ẞ. */
  germanLetters: number;
  germanWords: number;
  englishWords: number;
  /** Whether the text holds "İ", whose lower case is two characters (see {@link scoreLanguage}). */
  dottedCapitalI: boolean;
}

/**
 * Counts a run of letters that has just ended in `functionWords`, at the index
 * {@link functionWordLanguage} gives it, when it can be a function word: `key` is its packed form (-1
 * once it cannot be one) and `runLength` its length in UTF-16 units.
 */
function tallyFunctionWord(functionWords: Int32Array, key: number, runLength: number): void {
  if (key >= 0 && runLength >= SHORTEST_FUNCTION_WORD) functionWords[functionWordLanguage(key)]!++;
}

/**
 * Reads the evidence of `text.slice(start, end)`, in place, in one pass over its UTF-16 units: Hangul
 * and Latin-script units are counted one by one; words are the runs of letters (`\p{L}`, by code
 * point), and a run as short as a function word is lower-cased letter by letter into its packed key
 * (`packWord`) and looked up.
 */
function readEvidence(text: string, start: number, end: number): Evidence {
  let hangul = 0;
  let latin = 0;
  let germanLetters = 0;
  const functionWords = new Int32Array(3); // by functionWordLanguage: none, German, English
  let dottedCapitalI = false;
  let runLength = 0; // UTF-16 units of the current run of letters, 0 between runs
  let key = 0; // the run's packed form so far; -1 once it cannot be a function word
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let facts = UNIT_FACTS[c]!;
    if (facts === 0) facts = describeUnit(c);
    if ((facts & LATIN_BIT) !== 0) {
      latin++;
      if ((facts & GERMAN_BIT) !== 0) germanLetters++;
    } else if ((facts & HANGUL_BIT) !== 0) hangul++;
    if ((facts & SPECIAL_BIT) !== 0) {
      if (c === 0x130) dottedCapitalI = true;
      else {
        // A high surrogate: with a low one after it (inside the range) the whole code point is a
        // letter or not. The low surrogate counts as nothing above, and astral letters lower-case to
        // astral letters, never into WORD_ALPHABET.
        const low = i + 1 < end ? text.charCodeAt(i + 1) : 0;
        if (low >= 0xdc00 && low <= 0xdfff && LETTER.test(String.fromCharCode(c, low))) {
          key = -1;
          runLength += 2;
          i++;
          continue;
        }
      }
    }
    if ((facts & LETTER_BIT) !== 0) {
      if (key >= 0) {
        const n = facts & ALPHABET_MASK;
        key = n === NOT_IN_ALPHABET || runLength >= LONGEST_FUNCTION_WORD ? -1 : key * 32 + n;
      }
      runLength++;
      continue;
    }
    tallyFunctionWord(functionWords, key, runLength);
    runLength = 0;
    key = 0;
  }
  tallyFunctionWord(functionWords, key, runLength);
  return {
    hangul,
    latin,
    germanLetters,
    germanWords: functionWords[GERMAN_WORD]!,
    englishWords: functionWords[ENGLISH_WORD]!,
    dottedCapitalI,
  };
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
  const evidence = readEvidence(text, start, end);
  const { hangul, latin, germanLetters } = evidence;
  if (hangul === 0 && latin === 0) return undefined;
  if (hangul * 2 >= latin) return { language: 'ko', weight: hangul * 2 + latin, confident: hangul >= 2 };
  let words = evidence;
  if (evidence.dottedCapitalI) {
    const lower = text.slice(start, end).toLowerCase();
    words = readEvidence(lower, 0, lower.length);
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
