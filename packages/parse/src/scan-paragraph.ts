import {
  isAsciiLetter,
  isHangulUnit,
  isKoreanFinalUnit,
  isLatinUnit,
  isLetterUnit,
  isTerminalUnit,
} from './char-classes.js';
import {
  ENGLISH_WORD,
  functionWordLanguage,
  GERMAN_WORD,
  LONGEST_FUNCTION_WORD,
  NOT_IN_ALPHABET,
  SHORTEST_FUNCTION_WORD,
  WORD_ALPHABET,
} from './function-words.js';

/**
 * What one pass over a paragraph's UTF-16 units gathers: the evidence language detection weighs.
 * (Where a sentence may end is collected too: see {@link scanParagraph}.) None of it changes when
 * whitespace is collapsed: whitespace is neither counted nor a letter, so it only separates words.
 */
export interface ParagraphScan {
  /** Units weighed as Hangul (syllables, jamo, compatibility jamo). */
  hangul: number;
  /** Units weighed as Latin: ASCII letters, Latin-script units from U+00C0 on. */
  latin: number;
  /** ä ö ü ß Ä Ö Ü ẞ. */
  germanLetters: number;
  /** Runs of letters that are German function words (`der`, `und`, …), as written (not lower-cased). */
  germanWords: number;
  /** Runs of letters that are English function words (`the`, `and`, …), as written (not lower-cased). */
  englishWords: number;
  /** Whether the text holds "İ", whose lower case is two characters (see `scoreLanguage`). */
  dottedCapitalI: boolean;
}

/** ä ö ü ß Ä Ö Ü ẞ (a switch: no set whose lookup the optimised scan would inline without feedback). */
function isGermanLetterUnit(c: number): boolean {
  switch (c) {
    case 0xe4: // ä
    case 0xf6: // ö
    case 0xfc: // ü
    case 0xdf: // ß
    case 0xc4: // Ä
    case 0xd6: // Ö
    case 0xdc: // Ü
    case 0x1e9e: // ẞ
      return true;
    default:
      return false;
  }
}

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
 * What the scan needs to know of a UTF-16 unit, packed into one number and remembered per unit value in
 * UNIT_FACTS (0 while not yet described), so the scan does one table lookup a character.
 */
/** Bits 0–4: the {@link alphabetNumber} of the unit. */
const ALPHABET_MASK = 0x1f;
/** `\p{L}` (for the one unit). */
const LETTER_BIT = 0x20;
/*
 * The three counted bits are read by shifting (`(facts >> LATIN_SHIFT) & 1` is 1 for a Latin unit, else
 * 0) and added for every unit: no branch per unit, and no counter the optimised scan first increments
 * on the first German letter or Hangul syllable of a run (a deoptimisation each).
 */
const LATIN_SHIFT = 6;
const HANGUL_SHIFT = 7;
const GERMAN_SHIFT = 8;
/** Weighed as Latin: an ASCII letter, or a Latin-script unit from U+00C0 on that is not Hangul. */
const LATIN_BIT = 1 << LATIN_SHIFT;
/** Weighed as Hangul ({@link isHangulUnit}). */
const HANGUL_BIT = 1 << HANGUL_SHIFT;
/** Latin and one of ä ö ü ß Ä Ö Ü ẞ. */
const GERMAN_BIT = 1 << GERMAN_SHIFT;
/** A high surrogate (the code point is read whole) or "İ" (see `scoreLanguage`). */
const SPECIAL_BIT = 0x200;
const DESCRIBED_BIT = 0x400;
/** Where a sentence may end: a terminal ({@link isTerminalUnit}) or a Korean final ({@link isKoreanFinalUnit}). */
const SENTENCE_MARK_BIT = 0x800;
/** The bits of units rare enough to be looked at before the letter test: marks, "İ" and high surrogates. */
const RARE_BITS = SPECIAL_BIT | SENTENCE_MARK_BIT;
const UNIT_FACTS = new Uint16Array(0x10000);

/**
 * The function words {@link scanParagraph} counts, by {@link functionWordLanguage} (none, German,
 * English): one array for every scan, cleared at its start and read before it returns (a scan calls
 * nothing that scans), so a paragraph allocates no typed array.
 */
const FUNCTION_WORDS = new Int32Array(3);

function describeUnit(c: number): number {
  let facts = DESCRIBED_BIT | alphabetNumber(c);
  if (isAsciiLetter(c)) facts |= LATIN_BIT;
  else if (isHangulUnit(c)) facts |= HANGUL_BIT;
  else if (c >= 0xc0 && isLatinUnit(c)) facts |= LATIN_BIT | (isGermanLetterUnit(c) ? GERMAN_BIT : 0);
  if (isLetterUnit(c)) facts |= LETTER_BIT;
  if ((c >= 0xd800 && c <= 0xdbff) || c === 0x130) facts |= SPECIAL_BIT;
  if (isTerminalUnit(c) || isKoreanFinalUnit(c)) facts |= SENTENCE_MARK_BIT;
  UNIT_FACTS[c] = facts;
  return facts;
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
 * Scans `text.slice(start, end)`, in place, in one pass over its UTF-16 units: Hangul and Latin-script
 * units are counted one by one; words are the runs of letters (`\p{L}`, by code point), and a run as
 * short as a function word is lower-cased letter by letter into its packed key (`packWord`) and looked
 * up. With `marks`, the index of every unit where a sentence may end (a terminal `. ! ? … 。 ！ ？`
 * or a Korean final syllable 다 요 까 죠) is pushed onto it, in order, for `findSentenceRanges`: the
 * same indices `findSentenceMarks` finds, without a second pass over the paragraph.
 */
export function scanParagraph(text: string, start: number, end: number, marks?: number[]): ParagraphScan {
  let hangul = 0;
  let latin = 0;
  let germanLetters = 0;
  const functionWords = FUNCTION_WORDS;
  functionWords[GERMAN_WORD] = 0;
  functionWords[ENGLISH_WORD] = 0;
  let dottedCapitalI = false;
  let runLength = 0; // UTF-16 units of the current run of letters, 0 between runs
  let key = 0; // the run's packed form so far; -1 once it cannot be a function word
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let facts = UNIT_FACTS[c]!;
    if (facts === 0) facts = describeUnit(c);
    latin += (facts >> LATIN_SHIFT) & 1;
    hangul += (facts >> HANGUL_SHIFT) & 1;
    germanLetters += (facts >> GERMAN_SHIFT) & 1;
    if ((facts & RARE_BITS) !== 0) {
      if ((facts & SENTENCE_MARK_BIT) !== 0) marks?.push(i);
      if (c === 0x130) dottedCapitalI = true;
      else if ((facts & SPECIAL_BIT) !== 0) {
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
