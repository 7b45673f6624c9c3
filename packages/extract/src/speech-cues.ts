import type { Language } from '@dealbrief/core';
import { codePointBefore, isLetterCodePoint, lastWordBefore } from './text-scan.js';

/** A speech verb found in a clause. Offsets are UTF-16 indices into the searched text. */
export interface SpeechVerb {
  start: number;
  end: number;
  /** The speaker follows the cue ("according to X", "X zufolge" has it before, see `speakerBefore`). */
  speakerAfter: boolean;
  /** The speaker is the name right before the cue ("Huang zufolge"). */
  speakerBefore: boolean;
}

const EN_VERBS =
  'said|says|told|tells|stated|states|stating|added|adds|adding|noted|notes|noting|' +
  'emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|explained|explains|explaining|remarked|remarks|' +
  'saying|declared|insisted|asked|wrote|recalled|replied';
const DE_VERBS =
  'sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|betonten|fügte|fügt|meinte|meint|' +
  'unterstrich|bekräftigte|ergänzte|schrieb|antwortete|so';
const KO_VERBS =
  '말했|말하며|말하면서|밝혔|밝히며|강조했|강조하며|설명했|설명하며|전했|덧붙였|말한|강조한|밝힌';

/**
 * The speech verbs as words: English and German ones also need no letter right before them, which
 * `findSpeechVerbs` checks itself (what `(?<![\p{L}])` in front would check; a look-behind there makes
 * the engine try the expression at every character instead of only where a verb's first letter
 * stands).
 */
const VERB_PATTERNS: Readonly<Record<Language, RegExp>> = {
  en: new RegExp(`(?:${EN_VERBS}|according to)(?![\\p{L}])`, 'giu'),
  de: new RegExp(`(?:${DE_VERBS}|zufolge|laut)(?![\\p{L}])`, 'giu'),
  ko: new RegExp(`(?:${KO_VERBS})`, 'gu'),
};

/**
 * Speech verbs in a clause, in text order: "said", "told", "according to"; "sagte", "erklärte", "fügte
 * … hinzu", "so X", "X zufolge", "laut X"; Korean 말했다, 밝혔다, 강조했다, 설명했다, 전했다, 덧붙였다.
 * German "so" only counts right after a quotation, so callers pass `afterQuote`.
 */
export function findSpeechVerbs(text: string, language: Language, afterQuote = false): SpeechVerb[] {
  const pattern = VERB_PATTERNS[language];
  const verbs: SpeechVerb[] = [];
  // An exec loop, not matchAll, which copies the expression on every call.
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    // A verb found inside a word is none; no verb starts inside it either (it would follow a letter,
    // or, in "according to", be a "to" that no verb continues).
    if (language !== 'ko' && m.index > 0 && isLetterCodePoint(codePointBefore(text, m.index, 0))) continue;
    // Lower-cased for the comparisons below; German lower-casing is the root one (only Turkish,
    // Azeri, Lithuanian and Greek differ), which `toLowerCase` does without a locale look-up.
    const word = m[0].toLowerCase();
    if (language === 'de' && word === 'so' && !(afterQuote && /^[\s,]*$/u.test(text.slice(0, m.index))))
      continue;
    if (language === 'de' && (word === 'fügte' || word === 'fügt') && !/\bhinzu\b/u.test(text.slice(m.index)))
      continue;
    verbs.push({
      start: m.index,
      end: m.index + m[0].length,
      speakerAfter: word === 'according to' || word === 'laut' || word === 'so',
      speakerBefore: word === 'zufolge',
    });
  }
  return verbs;
}

/** Words after which a name is an object, not the speaker ("told reporters in Seoul", "sagte zu Lee"). */
const PREPOSITIONS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['to', 'with', 'by', 'for', 'from', 'at', 'of', 'about', 'and', 'met', 'told', 'thanked']),
  de: new Set(['zu', 'mit', 'von', 'für', 'bei', 'an', 'über', 'gegenüber', 'und', 'traf']),
  ko: new Set(),
};

/**
 * True when a preposition governs the reference starting at `at` ("told Lee", "mit Huang"): the last
 * word before it (see `lastWordBefore`), lower-cased, is one of the language's `PREPOSITIONS`.
 */
export function isAfterPreposition(text: string, at: number, language: Language): boolean {
  const prepositions = PREPOSITIONS[language];
  return prepositions.size > 0 && prepositions.has((lastWordBefore(text, at) ?? '').toLowerCase());
}

/**
 * Third-person pronouns that can stand for a speaker, as words: no letter right after or before them.
 * In English and German the test for a letter before comes after the pronoun (`(?<![\p{L}]..)`, the
 * dots being its letters): `(?<![\p{L}])` in front would make the engine try the expression at every
 * character instead of only where a first letter stands. The letters are spelled out in both cases as
 * the `i` flag with `u` would let them match: "h", "e", "r", "i" and "s" (and the long s "ſ", whose
 * case folding is "s").
 */
export const PRONOUNS: Readonly<Record<Language, RegExp>> = {
  en: /(?:[Hh][Ee](?![\p{L}])(?<![\p{L}]..)|[Ssſ][Hh][Ee](?![\p{L}])(?<![\p{L}]...))/gu,
  de: /(?:[Ee][Rr](?![\p{L}])(?<![\p{L}]..)|[Ssſ][Ii][Ee](?![\p{L}])(?<![\p{L}]...))/gu,
  ko: /(?<![\p{L}])(?:그는|그녀는|그가|그녀가)(?![\p{L}])/gu,
};

/** Korean endings that tie a quotation to the verb after it: "…"라고, "…"이라고, "…"고, "…"며. */
export const KOREAN_QUOTE_ENDING = /^\s?(이라고|라고|이라며|라며|면서|고|며)(?=[\s,]|$)/u;
