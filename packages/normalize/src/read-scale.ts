import type { Language } from '@dealbrief/core';
import { isHyphenAt, latinWordEnd, skipSpaces } from './char-class.js';
import { LatinWordMap } from './latin-word-set.js';
import { EN_MONEY_SUFFIX_SCALES, EN_SCALES, EN_SUFFIX_SCALES } from './number-words.js';
import { readGermanScale } from './read-german-words.js';
import { readCurrencyAfter } from './read-unit-words.js';

/** What a word after digits can mean as a magnitude; every reading absent for other words. */
interface ScaleWord {
  word: string;
  /** A magnitude word after a space or hyphen ("thousand", "million"). */
  scale: number | undefined;
  /** A suffix ("k", "bn"; "k" only glued). */
  suffix: number | undefined;
  /** A suffix that needs a currency ("m", "b"). */
  moneySuffix: number | undefined;
}

/** Every word {@link readScaleAfter} reads, looked up in the text without cutting it out. */
const SCALE_WORDS = new LatinWordMap<ScaleWord>(
  [
    ...new Set([
      ...Object.keys(EN_SCALES),
      ...Object.keys(EN_SUFFIX_SCALES),
      ...Object.keys(EN_MONEY_SUFFIX_SCALES),
    ]),
  ].map((word) => [
    word,
    {
      word,
      scale: EN_SCALES[word],
      suffix: EN_SUFFIX_SCALES[word],
      moneySuffix: EN_MONEY_SUFFIX_SCALES[word],
    },
  ]),
);

/**
 * A magnitude after digits ending at `end`: glued ("260k", "5bn", "3tn"; "$1.5m", "$2b" only with a
 * currency), or a word after a space or hyphen ("260 thousand", "260-thousand", "1.5 million";
 * German "250 Tausend", "1,5 Mio.", "2 Mrd."). `money` says a currency sign came before the digits.
 */
export function readScaleAfter(
  text: string,
  end: number,
  language: Language,
  money: boolean,
): { end: number; scale: number } | null {
  if (language === 'de') {
    const german = readGermanScale(text, end);
    if (german && german.scale !== 100 && german.scale !== 12) return german;
  }
  let wordStart = end;
  let wordEnd = latinWordEnd(text, end);
  const glued = wordEnd > end;
  if (!glued) {
    wordStart = isHyphenAt(text, end) ? end + 1 : skipSpaces(text, end);
    if (wordStart === end) return null;
    wordEnd = latinWordEnd(text, wordStart);
  }
  // Most numbers are followed by some other word ("250 GPUs"): asked of the text, nothing is allocated.
  const entry = wordEnd > wordStart ? SCALE_WORDS.get(text, wordStart, wordEnd) : undefined;
  if (entry === undefined) return null;
  const wordScale = glued ? undefined : entry.scale;
  if (language !== 'de' && wordScale !== undefined) return { end: wordEnd, scale: wordScale };
  if (entry.suffix !== undefined && (glued || entry.word !== 'k'))
    return { end: wordEnd, scale: entry.suffix };
  if (entry.moneySuffix !== undefined && (money || readCurrencyAfter(text, wordEnd, language))) {
    return { end: wordEnd, scale: entry.moneySuffix };
  }
  return null;
}
