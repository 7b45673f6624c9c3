import { isHyphenAt, latinWordEnd, skipSpaces } from './char-class.js';
import { LatinWordMap } from './latin-word-set.js';
import { EN_FRACTIONS, EN_ORDINALS, EN_SCALES, EN_SMALL, EN_TENS } from './number-words.js';

/** A number written in words, as read by `readEnglishWords` or `readGermanWords`. */
export interface WordNumber {
  start: number;
  end: number;
  value: number;
  /** True for ordinals ("third", "twenty-first", "dritte"). */
  ordinal: boolean;
}

type Step = 'start' | 'article' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and';

/** What one English word can be in a number; every reading absent for other words. */
interface EnglishWord {
  word: string;
  /**
   * Whether a number may start with it ("a", "an", a cardinal, a tens word, an ordinal, a fraction).
   * `readEnglishWords` reads nothing from any other first word: "and", "of", "hundred", "dozen" and the
   * magnitudes need a word before them.
   */
  first: boolean;
  /**
   * Whether it may follow an article ("a hundred", "a million", "a dozen", "a quarter"): after "a" or
   * "an" `readEnglishWords` reads nothing else.
   */
  afterArticle: boolean;
  small?: number;
  tens?: number;
  scale?: number;
  ordinal?: number;
  fraction?: number;
}

/** The readings of `word` from the number-word tables. */
function englishWord(word: string): EnglishWord {
  const small = EN_SMALL[word];
  const tens = EN_TENS[word];
  const ordinal = EN_ORDINALS[word];
  const fraction = EN_FRACTIONS[word];
  const first =
    word === 'a' ||
    word === 'an' ||
    small !== undefined ||
    tens !== undefined ||
    ordinal !== undefined ||
    fraction !== undefined;
  const scale = EN_SCALES[word];
  const afterArticle =
    word === 'hundred' || word === 'dozen' || scale !== undefined || fraction !== undefined;
  return { word, first, afterArticle, small, tens, scale, ordinal, fraction };
}

/** Every word the reader looks at; any other word ends a number. */
const WORD_LIST: readonly string[] = [
  ...['a', 'an', 'and', 'of', 'hundred', 'dozen'],
  ...Object.keys(EN_SMALL),
  ...Object.keys(EN_TENS),
  ...Object.keys(EN_SCALES),
  ...Object.keys(EN_ORDINALS),
  ...Object.keys(EN_FRACTIONS),
];

/** Each word of {@link WORD_LIST} with its readings, worked out once. */
const WORD_READINGS: readonly (readonly [string, EnglishWord])[] = WORD_LIST.map((word) => [
  word,
  englishWord(word),
]);

/** {@link WORD_LIST} with the readings of each word. */
const WORDS = new LatinWordMap<EnglishWord>(WORD_READINGS);

/** The words an English number may start with ({@link EnglishWord.first}), lower case. */
export const ENGLISH_FIRST_WORDS: readonly string[] = WORD_READINGS.filter(
  ([, reading]) => reading.first,
).map(([word]) => word);

/**
 * Whether `readEnglishWords` may read a number from the Latin word `text[start, end)`: a word a
 * number may start with, in any case (see {@link EnglishWord.first}), and after "a" or "an" (the
 * commonest words that pass) a next word that may follow an article, since from "a" the reader
 * reads nothing else. Allocates nothing.
 */
export function mayStartEnglishNumberAt(text: string, start: number, end: number): boolean {
  const entry = WORDS.get(text, start, end);
  if (entry === undefined || !entry.first) return false;
  if (entry.word !== 'a' && entry.word !== 'an') return true;
  const next = skipWordSeparator(text, end);
  return next >= 0 && WORDS.get(text, next, latinWordEnd(text, next))?.afterArticle === true;
}

/** The Latin word at `i` with its readings (`null` when no letter is there; `word` "" when it is none of {@link WORDS}). */
function readWord(text: string, i: number): { end: number; entry: EnglishWord } | null {
  const end = latinWordEnd(text, i);
  if (end === i) return null;
  return { end, entry: WORDS.get(text, i, end) ?? OTHER_WORD };
}

const OTHER_WORD: EnglishWord = { word: '', first: false, afterArticle: false };

/** Position after the separator between two number words (spaces, or one hyphen), or -1. */
export function skipWordSeparator(text: string, i: number): number {
  if (isHyphenAt(text, i)) return i + 1;
  const j = skipSpaces(text, i);
  return j > i ? j : -1;
}

/** Reads "<fraction> [of] a <scale>" or "<fraction> <scale>" from `i` (after "quarter"/"half"). */
function readFractionTail(text: string, i: number, fraction: number): { end: number; value: number } | null {
  let p = skipWordSeparator(text, i);
  let word = p < 0 ? null : readWord(text, p);
  if (word?.entry.word === 'of') {
    p = skipWordSeparator(text, word.end);
    word = p < 0 ? null : readWord(text, p);
    if (word?.entry.word !== 'a' && word?.entry.word !== 'an') return null;
  }
  if (word?.entry.word === 'a' || word?.entry.word === 'an') {
    p = skipWordSeparator(text, word.end);
    word = p < 0 ? null : readWord(text, p);
  }
  const scale = word?.entry.scale;
  return word && scale !== undefined ? { end: word.end, value: fraction * scale } : null;
}

/**
 * Reads an English number in words from `start`: "three", "twenty-six", "two hundred (and) sixty
 * thousand", "a hundred", "a dozen", "a quarter-million", "a quarter of a million", "half a million",
 * ordinals such as "third" and "twenty-first". Words may be joined by spaces, NBSP or hyphens
 * (U+2010/U+2011 too). Null when no number word starts at `start`.
 */
export function readEnglishWords(text: string, start: number): WordNumber | null {
  let total = 0;
  let group = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let step: Step = 'start';
  let end = -1;
  let p = start;
  for (let guard = 0; guard < 64; guard++) {
    const read = readWord(text, p);
    if (!read) break;
    const { word: w, small, tens, scale, ordinal, fraction } = read.entry;
    const afterSmallAllowed = step === 'start' || step === 'hundred' || step === 'scale' || step === 'and';
    if (step === 'start' && (w === 'a' || w === 'an')) {
      step = 'article';
    } else if (small !== undefined && (afterSmallAllowed || (step === 'tens' && small > 0 && small < 10))) {
      group += small;
      step = small < 10 ? 'unit' : 'teen';
      end = read.end;
    } else if (tens !== undefined && afterSmallAllowed) {
      group += tens;
      step = 'tens';
      end = read.end;
    } else if (w === 'hundred' && (step === 'unit' || step === 'teen' || step === 'article') && group < 100) {
      group = (step === 'article' ? 1 : group) * 100;
      step = 'hundred';
      end = read.end;
    } else if (scale !== undefined && step !== 'start' && step !== 'and' && scale < lastScale) {
      if (step === 'scale') break;
      total += (step === 'article' ? 1 : group) * scale;
      group = 0;
      lastScale = scale;
      step = 'scale';
      end = read.end;
    } else if (w === 'and' && (step === 'hundred' || step === 'scale')) {
      step = 'and';
    } else if (w === 'dozen' && (step === 'article' || step === 'unit' || step === 'teen')) {
      return { start, end: read.end, value: total + (step === 'article' ? 1 : group) * 12, ordinal: false };
    } else if (ordinal !== undefined && (afterSmallAllowed || (step === 'tens' && ordinal < 10))) {
      return { start, end: read.end, value: total + group + ordinal, ordinal: true };
    } else if (
      fraction !== undefined &&
      total === 0 &&
      (step === 'article' || step === 'start' || (step === 'unit' && group === 1))
    ) {
      const tail = readFractionTail(text, read.end, fraction);
      if (!tail) break;
      return { start, end: tail.end, value: tail.value, ordinal: false };
    } else break;
    const next = skipWordSeparator(text, read.end);
    if (next < 0) break;
    p = next;
  }
  if (end < 0) return null;
  return { start, end, value: total + group, ordinal: false };
}
