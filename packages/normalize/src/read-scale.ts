import type { Language } from '@dealbrief/core';
import { isHyphenAt, readLatinWord, skipSpaces } from './char-class.js';
import { EN_MONEY_SUFFIX_SCALES, EN_SCALES, EN_SUFFIX_SCALES } from './number-words.js';
import { readGermanScale } from './read-german-words.js';
import { readCurrencyAfter } from './read-unit-words.js';

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
  const glued = readLatinWord(text, end);
  const p = isHyphenAt(text, end) ? end + 1 : skipSpaces(text, end);
  const word = glued ?? (p > end ? readLatinWord(text, p) : null);
  if (!word) return null;
  const w = word.word;
  const wordScale = glued ? undefined : EN_SCALES[w];
  if (language !== 'de' && wordScale !== undefined) return { end: word.end, scale: wordScale };
  const suffix = EN_SUFFIX_SCALES[w];
  if (suffix !== undefined && (glued || w !== 'k')) return { end: word.end, scale: suffix };
  const moneySuffix = EN_MONEY_SUFFIX_SCALES[w];
  if (moneySuffix !== undefined && (money || readCurrencyAfter(text, word.end, language))) {
    return { end: word.end, scale: moneySuffix };
  }
  return null;
}
