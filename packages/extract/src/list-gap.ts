import type { Language } from '@dealbrief/core';
import { isWhitespaceCode } from './text-scan.js';

/** What may stand between two members of an enumeration ("A, B and C", "A und B", "A와 B", "A·B"). */
export const LIST_GAP: Record<Language, RegExp> = {
  en: /^(?:\s*,\s*(?:and\s+|as well as\s+|or\s+)?|\s+(?:and|&|or|as well as)\s+|\s*\/\s*)$/iu,
  de: /^(?:\s*,\s*(?:und\s+|sowie\s+|oder\s+)?|\s+(?:und|&|sowie|oder)\s+|\s*\/\s*)$/iu,
  ko: /^(?:\s*[,，、·ㆍ]\s*|(?:와|과|및|,)\s*|\s+(?:및|그리고)\s+|\s+)$/u,
};

/**
 * The characters other than whitespace that a match of `LIST_GAP` may hold, per language: its
 * punctuation and the letters of its words in both cases, with "ſ", which `/iu` folds to "s" (no other
 * character folds to one of these ASCII letters). A change to `LIST_GAP` must change this too; the unit
 * test checks the two against each other.
 */
const GAP_CHARACTERS: Record<Language, string> = {
  en: ',/&andorswelANDORSWELſ',
  de: ',/&undsoiwerUNDSOIWERſ',
  ko: ',，、·ㆍ와과및그리고',
};

const LANGUAGE_BIT: Record<Language, number> = { en: 1, de: 2, ko: 4 };

/** Per BMP code unit, the languages (bits of `LANGUAGE_BIT`) in whose list gaps it may stand. */
const GAP_CODES = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) if (isWhitespaceCode(code)) GAP_CODES[code] = 0b111;
for (const [language, characters] of Object.entries(GAP_CHARACTERS) as [Language, string][]) {
  for (let i = 0; i < characters.length; i++) {
    const code = characters.charCodeAt(i);
    GAP_CODES[code] = GAP_CODES[code]! | LANGUAGE_BIT[language];
  }
}

/**
 * True when `text[from, to)` is what may stand between two members of an enumeration in `language`.
 * The text is cut out for `LIST_GAP` only when every code unit of it may stand in a gap: most text
 * between two names holds some other letter early on, and so is no gap without being copied.
 */
export function isListGap(text: string, from: number, to: number, language: Language): boolean {
  const bit = LANGUAGE_BIT[language];
  for (let i = from; i < to; i++) if ((GAP_CODES[text.charCodeAt(i)]! & bit) === 0) return false;
  return LIST_GAP[language].test(text.slice(from, to));
}
