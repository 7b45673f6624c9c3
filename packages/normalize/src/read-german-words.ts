import { latinWordEnd, readLatinWord, skipSpaces } from './char-class.js';
import { LatinWordSet } from './latin-word-set.js';
import {
  DE_ABBREVIATED_SCALES,
  DE_ARTICLES,
  DE_FRACTIONS,
  DE_ORDINAL_STEMS,
  DE_SCALES,
  DE_TEENS,
  DE_TENS,
  DE_UNITS,
} from './number-words.js';
import type { WordNumber } from './read-english-words.js';

const MORPHEMES: readonly string[] = [
  ...Object.keys(DE_UNITS),
  ...Object.keys(DE_TEENS),
  ...Object.keys(DE_TENS),
  'und',
  'hundert',
  'tausend',
].sort((a, b) => b.length - a.length);

/** Splits a German number word into its parts, longest part first ("zweihundertsechzig" → zwei|hundert|sechzig). */
function splitGermanNumber(word: string): string[] | null {
  const parts: string[] = [];
  let i = 0;
  while (i < word.length) {
    const part = MORPHEMES.find((m) => word.startsWith(m, i));
    if (part === undefined) return null;
    parts.push(part);
    i += part.length;
  }
  return parts;
}

/** Reads a number below 1000 from `parts[k]`: [unit] hundert, then unit-und-tens, a unit, teen or tens. */
function readGroup(parts: readonly string[], k: number): { value: number; next: number } {
  let value = 0;
  let i = k;
  const first = parts[i];
  if (
    first !== undefined &&
    DE_UNITS[first] !== undefined &&
    first !== 'eins' &&
    parts[i + 1] === 'hundert'
  ) {
    value = DE_UNITS[first]! * 100;
    i += 2;
  } else if (first === 'hundert') {
    value = 100;
    i += 1;
  }
  const part = parts[i];
  if (part === undefined) return { value, next: i };
  const unit = DE_UNITS[part];
  const tens = DE_TENS[parts[i + 2] ?? ''];
  if (unit !== undefined && part !== 'eins' && parts[i + 1] === 'und' && tens !== undefined) {
    return { value: value + unit + tens, next: i + 3 };
  }
  const single = part === 'ein' ? undefined : (unit ?? DE_TEENS[part] ?? DE_TENS[part]);
  return single === undefined ? { value, next: i } : { value: value + single, next: i + 1 };
}

/**
 * Parses one German number word below a million: "drei", "sechsundzwanzig", "zweihundertsechzigtausend",
 * "fünfzigtausend", "hunderttausend", "eintausend". Null when the word is not such a number.
 */
export function parseGermanCardinal(word: string): number | null {
  const parts = splitGermanNumber(word.toLowerCase());
  if (!parts || parts.length === 0) return null;
  if (parts.length === 1 && parts[0] === 'ein') return null;
  const head = readGroup(parts, 0);
  let k = head.next;
  let total: number;
  if (parts[k] === 'ein' && parts[k + 1] === 'tausend') {
    total = 1000;
    k += 2;
  } else if (parts[k] === 'tausend') {
    total = (k > 0 ? head.value : 1) * 1000;
    k += 1;
  } else {
    total = head.value;
  }
  if (total >= 1000 && k < parts.length) {
    const tail = readGroup(parts, k);
    if (tail.next === k) return null;
    total += tail.value;
    k = tail.next;
  }
  return k === parts.length && k > 0 ? total : null;
}

/** Parses a German ordinal word: "erste", "dritten", "siebte", "zwanzigster", "einundzwanzigste". */
export function parseGermanOrdinal(word: string): number | null {
  const w = word.toLowerCase();
  for (const suffix of ['sten', 'ster', 'stes', 'stem', 'ste', 'ten', 'ter', 'tes', 'tem', 'te']) {
    if (!w.endsWith(suffix) || w.length <= suffix.length) continue;
    const stem = w.slice(0, -suffix.length);
    const value = parseGermanCardinal(DE_ORDINAL_STEMS[stem] ?? stem);
    if (value === null || value === 0) continue;
    const superlative = suffix.startsWith('s');
    if (superlative === value >= 20 || DE_ORDINAL_STEMS[stem] === 'eins') return value;
  }
  return null;
}

/** A magnitude word after position `i` ("Millionen", "Mrd.", "Tausend", "Dutzend"); null when none. */
export function readGermanScale(
  text: string,
  i: number,
  maxSpaces = 3,
): { end: number; scale: number } | null {
  const p = skipSpaces(text, i, maxSpaces);
  const read = readLatinWord(text, p);
  if (!read) return null;
  const scale = read.word === 'dutzend' ? 12 : DE_SCALES[read.word];
  if (scale === undefined) return null;
  const dotted = DE_ABBREVIATED_SCALES.has(read.word) && text[read.end] === '.';
  return { end: dotted ? read.end + 1 : read.end, scale };
}

const FRACTIONS: ReadonlyArray<readonly [string, number]> = Object.entries(DE_FRACTIONS);

/** Value of a fraction glued to a magnitude: "viertelmillion" → 250000, "dreiviertelmilliarde". */
function parseGluedFraction(word: string): number | null {
  for (const [fraction, value] of FRACTIONS) {
    if (!word.startsWith(fraction)) continue;
    const scale = DE_SCALES[word.slice(fraction.length)];
    if (scale !== undefined && scale >= 1e6) return value * scale;
  }
  return null;
}

/** Value of "anderthalb", "eineinhalb", "zweieinhalb" ... */
function parseHalves(word: string): number | null {
  if (word === 'anderthalb') return 1.5;
  if (!word.endsWith('einhalb') || word.length === 7) return null;
  const head = word.slice(0, -7);
  const base = head === 'ein' ? 1 : parseGermanCardinal(head);
  return base === null ? null : base + 0.5;
}

/**
 * What the first word of a German number can be, as `readGermanWords` tries it: an ordinal, a glued
 * fraction, an article, or a half or cardinal (`base`).
 */
interface FirstWord {
  ordinal: number | null;
  glued: number | null;
  article: boolean;
  base: number | null;
}

/** Words already judged by {@link firstWord} (bounded: cleared when full); null for no number word. */
const FIRST_WORDS = new Map<string, FirstWord | null>();
const MAX_FIRST_WORDS = 4096;

/** The readings of the lowercase word `w` as the first word of a number, worked out once per word. */
function firstWord(w: string): FirstWord | null {
  let first = FIRST_WORDS.get(w);
  if (first === undefined) {
    const ordinal = parseGermanOrdinal(w);
    const glued = parseGluedFraction(w);
    const article = DE_ARTICLES.has(w);
    const base = parseHalves(w) ?? parseGermanCardinal(w);
    first =
      ordinal !== null || glued !== null || article || base !== null
        ? { ordinal, glued, article, base }
        : null;
    if (FIRST_WORDS.size >= MAX_FIRST_WORDS) FIRST_WORDS.clear();
    FIRST_WORDS.set(w, first);
  }
  return first;
}

/**
 * What every first word of a German number ({@link firstWord}) starts with: an article ("ein..."), a
 * cardinal part (every cardinal, and so every half and ordinal built on one, is split into parts from
 * its first letter), an ordinal stem that differs from the cardinal ("dritte"), a fraction
 * ("viertel...") or "anderthalb".
 */
export const GERMAN_NUMBER_WORD_STARTS: readonly string[] = [
  ...DE_ARTICLES,
  // Not "und": it only joins a unit and a ten inside a cardinal ("sechsundzwanzig"), and `readGroup`
  // reads nothing from a word that starts with it, so "und", the commonest German word, fails here
  // instead of being cut out, lower-cased and judged.
  ...MORPHEMES.filter((part) => part !== 'und'),
  ...Object.keys(DE_ORDINAL_STEMS),
  ...Object.keys(DE_FRACTIONS),
  'anderthalb',
];

const NUMBER_WORD_STARTS = new LatinWordSet(GERMAN_NUMBER_WORD_STARTS);

/**
 * Whether a German number in words can start with the Latin word `text[start, end)`: an ordinal, a
 * glued fraction, an article, a half ("anderthalb") or a cardinal. The same tests `readGermanWords`
 * makes on its first word, decided once per word, since almost every word of a text is no number.
 * Most words fail the cheap test of their first letters (a word not starting as a German number word
 * does can be none), and only the rest are cut out, lower-cased and judged.
 */
export function mayStartGermanNumberAt(text: string, start: number, end: number): boolean {
  if (!NUMBER_WORD_STARTS.mayStartWithWord(text, start, end)) return false;
  const first = firstWord(text.slice(start, end).toLowerCase());
  if (first === null) return false;
  // A bare article ("einer", "einen": most of the words that get this far) takes the article branch
  // of `readGermanWords`, which reads nothing unless the next word may follow an article.
  if (first.article && first.ordinal === null && first.glued === null) return mayFollowArticle(text, end);
  return true;
}

/**
 * Whether the word after an article ending at `end` may make a number with it, as `readGermanWords`
 * tests it first: spaces, then a word starting as a fraction or a magnitude ({@link AFTER_ARTICLE}).
 */
function mayFollowArticle(text: string, end: number): boolean {
  const nextStart = skipSpaces(text, end);
  return nextStart > end && AFTER_ARTICLE.mayStartWithWord(text, nextStart, latinWordEnd(text, nextStart));
}

/**
 * Reads a German number in words from `start`: "drei", "fünfzigtausend", "zweihundertsechzigtausend",
 * "eine Million", "eine halbe Million", "eine Viertelmillion", "eineinhalb Millionen", "drei Milliarden",
 * "ein Dutzend", ordinals such as "dritte". A bare article ("ein", "eine") is no number.
 */
export function readGermanWords(text: string, start: number): WordNumber | null {
  const read = readLatinWord(text, start);
  const first = read === null ? null : firstWord(read.word);
  if (read === null || first === null) return null;
  if (first.ordinal !== null) return { start, end: read.end, value: first.ordinal, ordinal: true };
  if (first.glued !== null) return { start, end: read.end, value: first.glued, ordinal: false };
  if (first.article) {
    // After an article only a fraction ("eine halbe", "eine Viertelmillion") or a magnitude ("eine
    // Million", "ein Dutzend") makes a number: a next word starting as none of them is no number.
    if (!mayFollowArticle(text, read.end)) return null;
    const next = readLatinWord(text, skipSpaces(text, read.end));
    if (!next) return null;
    const gluedNext = parseGluedFraction(next.word);
    if (gluedNext !== null) return { start, end: next.end, value: gluedNext, ordinal: false };
    const half = DE_FRACTIONS[next.word];
    if (half !== undefined) {
      const scale = readGermanScale(text, next.end);
      if (!scale || scale.end === next.end || scale.scale < 1e6) return null;
      return { start, end: scale.end, value: half * scale.scale, ordinal: false };
    }
    const scale = readGermanScale(text, read.end);
    if (!scale || scale.scale < 12) return null;
    return { start, end: scale.end, value: scale.scale, ordinal: false };
  }
  const base = first.base;
  if (base === null) return null;
  const scale = base < 1000 ? readGermanScale(text, read.end) : null;
  if (scale && scale.end > read.end && scale.scale !== 100) {
    return { start, end: scale.end, value: base * scale.scale, ordinal: false };
  }
  return { start, end: read.end, value: base, ordinal: false };
}

/** What the word after an article starts with when it makes a number: a fraction or a magnitude. */
const AFTER_ARTICLE = new LatinWordSet([...Object.keys(DE_FRACTIONS), ...Object.keys(DE_SCALES), 'dutzend']);
