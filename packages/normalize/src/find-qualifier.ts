import type { Language, Qualifier } from '@dealbrief/core';
import {
  hangulRunEnd,
  isHangulAt,
  isHyphenAt,
  isLatinAt,
  isLatinOrDigitAt,
  isWordAt,
  scanWhile,
  skipSpaces,
  skipSpacesBack,
} from './char-class.js';
import { matchPhraseAt, mayHavePhraseCodeAt, phraseCodes } from './match-phrase.js';
import { KO_YEO_BLOCKERS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, QUALIFIERS_GLUED } from './qualifier-words.js';

/** The qualifier of a number and the span of its words (UTF-16 indices). */
export interface QualifierMatch {
  qualifier: Qualifier;
  start: number;
  end: number;
  text: string;
}

type Phrases = ReadonlyArray<readonly [string, Qualifier]>;

function found(text: string, start: number, end: number, qualifier: Qualifier): QualifierMatch {
  return { qualifier, start, end, text: text.slice(start, end) };
}

/** Phrases before a number with the last code units of their words, to skip the list where none can match. */
interface PhrasesBefore {
  phrases: Phrases;
  lastCodes: ReadonlySet<number>;
}

/** Phrases after a number with the first code units of their words, to skip the list where none can match. */
interface PhrasesAfter {
  phrases: Phrases;
  firstCodes: ReadonlySet<number>;
}

function phrasesBefore(phrases: Phrases): PhrasesBefore {
  return { phrases, lastCodes: phraseCodes(phraseWords(phrases), -1) };
}

function phrasesAfter(phrases: Phrases): PhrasesAfter {
  return { phrases, firstCodes: phraseCodes(phraseWords(phrases), 0) };
}

function phraseWords(phrases: Phrases): string[] {
  return phrases.map(([phrase]) => phrase);
}

const BEFORE: Readonly<Record<Language, PhrasesBefore>> = {
  en: phrasesBefore(QUALIFIERS_BEFORE.en),
  de: phrasesBefore(QUALIFIERS_BEFORE.de),
  ko: phrasesBefore(QUALIFIERS_BEFORE.ko),
};
const AFTER: Readonly<Record<Language, PhrasesAfter>> = {
  en: phrasesAfter(QUALIFIERS_AFTER.en),
  de: phrasesAfter(QUALIFIERS_AFTER.de),
  ko: phrasesAfter(QUALIFIERS_AFTER.ko),
};
const GLUED = phrasesAfter(QUALIFIERS_GLUED);

/** The longest phrase of `list` that ends at `end` and starts at a word boundary. */
function matchBefore(text: string, end: number, list: PhrasesBefore): QualifierMatch | null {
  // Every phrase ends at `end`, so the character before it must be the last of one.
  if (!mayHavePhraseCodeAt(text, end - 1, list.lastCodes)) return null;
  const { phrases } = list;
  let best: QualifierMatch | null = null;
  // Index loops, not `for (const [phrase, qualifier] of phrases)`: the inlined iterator protocol made
  // this small, hot function a large compile.
  for (let k = 0; k < phrases.length; k++) {
    const phrase = phrases[k]![0];
    const start = end - phrase.length;
    if (start < 0 || matchPhraseAt(text, start, phrase) !== end) continue;
    if (isWordAt(phrase, 0) && isWordAt(text, start - 1)) continue;
    if (!best || start < best.start) best = found(text, start, end, phrases[k]![1]);
  }
  return best;
}

/** The longest phrase of `list` that starts at `start`. */
function matchAfter(text: string, start: number, list: PhrasesAfter): QualifierMatch | null {
  if (!mayHavePhraseCodeAt(text, start, list.firstCodes)) return null;
  const { phrases } = list;
  let best: QualifierMatch | null = null;
  for (let k = 0; k < phrases.length; k++) {
    const end = matchPhraseAt(text, start, phrases[k]![0]);
    if (end > 0 && (!best || end > best.end)) best = found(text, start, end, phrases[k]![1]);
  }
  return best;
}

function isLatinOrHyphenAt(text: string, i: number): boolean {
  return isLatinAt(text, i) || isHyphenAt(text, i);
}

/** English or German words after the number: "+", "-plus", "plus", "-odd", "(GPUs) or more". */
function findLatinAfter(text: string, end: number, language: Language): QualifierMatch | null {
  if (text[end] === '+') return found(text, end, end + 1, 'more_than');
  const glued = matchAfter(text, isHyphenAt(text, end) ? end + 1 : skipSpaces(text, end), GLUED);
  if (glued && !isWordAt(text, end)) return glued;
  let p = end;
  for (let hop = 0; hop <= 3; hop++) {
    const q = skipSpaces(text, p);
    if (q === p && hop > 0) return null;
    const match = matchAfter(text, q, AFTER[language]);
    if (match) return match;
    p = scanWhile(text, q, isLatinOrHyphenAt);
    if (p === q) return null;
  }
  return null;
}

/** Korean words after the number, glued or after one counter: "5만여", "30만 개 이상", "5만 장가량", "개를 넘는". */
function findKoreanAfter(text: string, end: number): QualifierMatch | null {
  const phrases = AFTER.ko;
  if (text[end] === '여' && !(isHangulAt(text, end + 1) && KO_YEO_BLOCKERS.includes(text[end + 1]!))) {
    return found(text, end, end + 1, 'more_than');
  }
  if (text[end] === '+') return found(text, end, end + 1, 'more_than');
  let p = end;
  for (let hop = 0; hop <= 1; hop++) {
    const q = skipSpaces(text, p, 2);
    const direct = matchAfter(text, q, phrases);
    if (direct) return direct;
    const tokenEnd = isHangulAt(text, q) ? hangulRunEnd(text, q) : scanWhile(text, q, isLatinOrDigitAt);
    if (tokenEnd === q || tokenEnd - q > 12) return null;
    for (let k = q + 1; k < tokenEnd && k - q <= 4; k++) {
      const glued = matchAfter(text, k, phrases);
      if (glued) return glued;
    }
    p = tokenEnd;
  }
  return null;
}

/**
 * The qualifier attached to the number at [start, end) of `text`: words right before it ("up to",
 * "more than", "bis zu", "rund", "최대", "약") or right after it ("or more", "plus", "+", "이상", "가량",
 * "5만여", also after a counter: "30만 개 이상"). When both sides qualify, the one before wins unless it
 * is only `about`. Returns `exact` with start = end = the number's start when nothing qualifies it.
 * Offsets are UTF-16 indices into `text`; never throws.
 */
export function findQualifier(
  text: string,
  number: { start: number; end: number },
  language: Language,
): QualifierMatch {
  const start = Math.max(0, Math.min(text.length, Math.trunc(number.start) || 0));
  const end = Math.max(start, Math.min(text.length, Math.trunc(number.end) || 0));
  const before = matchBefore(text, skipSpacesBack(text, start), BEFORE[language]);
  const after = language === 'ko' ? findKoreanAfter(text, end) : findLatinAfter(text, end, language);
  if (before && (before.qualifier !== 'about' || !after)) return before;
  if (after) return after;
  return { qualifier: 'exact', start, end: start, text: '' };
}
