import type { Language } from '@dealbrief/core';
import { type EntityMention, isTitleWord } from '@dealbrief/normalize';
import {
  codePointSize,
  isLowercaseCodePoint,
  isUppercaseAt,
  isUppercaseCodePoint,
  isWhitespaceCode,
  overlapsAny,
  startOfLettersBefore,
} from './text-scan.js';
import { mayEndTitle } from './title-gate.js';

/** A name the gazetteer does not know, found by its shape. UTF-16 range in the searched text. */
export interface UnknownName {
  name: string;
  start: number;
  end: number;
}

/** Words that start with a capital but are not names in a list of companies. */
const NOT_NAMES = new Set([
  'The',
  'A',
  'An',
  'And',
  'Or',
  'But',
  'In',
  'On',
  'At',
  'For',
  'With',
  'Der',
  'Die',
  'Das',
  'Und',
  'Oder',
  'Im',
  'Am',
  'Mit',
  'Für',
  'Korea',
  'South Korea',
  'Südkorea',
  'Seoul',
  'US',
  'U.S.',
  'China',
  'Japan',
  'Asia',
  'AI',
  'KI',
]);

/**
 * A capitalised phrase of up to four words ("Kakao", "Doosan Enerbility", "LG Uplus") starting right at
 * `lastIndex` (sticky): tried only where `MAY_BE_CAPITAL` stands, since the engine scans for that
 * non-Unicode class far faster than it tries this expression at every character.
 */
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}/uy;
/**
 * Where an uppercase letter may stand: every one is an ASCII capital or at U+00C0 or above (and a
 * surrogate for one beyond the BMP is), so this class holds them all.
 */
const MAY_BE_CAPITAL = /[A-Z\u00c0-\uffff]/g;

/**
 * Capitalised phrases that may be organisations the gazetteer lacks, outside the known mentions.
 * They count only where they stand in a list with known organisations (the caller checks that).
 */
export function findCapitalisedNames(text: string, known: readonly EntityMention[]): UnknownName[] {
  const out: UnknownName[] = [];
  // The phrases a global search would find: tried at each place a capital may stand, from the end of
  // the last phrase found on (a phrase starts with a capital, so no other place can start one).
  // `test`, not `exec`: no match object per place or phrase. A MAY_BE_CAPITAL match is one code unit
  // (no `u` flag), so it starts one before `lastIndex`; a phrase ends at CAPITALISED's `lastIndex`.
  MAY_BE_CAPITAL.lastIndex = 0;
  while (MAY_BE_CAPITAL.test(text)) {
    const start = MAY_BE_CAPITAL.lastIndex - 1;
    CAPITALISED.lastIndex = start;
    if (!CAPITALISED.test(text)) continue;
    MAY_BE_CAPITAL.lastIndex = CAPITALISED.lastIndex;
    const end = endWithoutTrailingMarks(text, start, CAPITALISED.lastIndex);
    if (end - start < 2) continue;
    const name = text.slice(start, end);
    if (NOT_NAMES.has(name)) continue;
    if (overlapsAny(start, end, known)) continue;
    out.push({ name, start, end });
  }
  return out;
}

/**
 * Where the phrase text[start, end) ends without the run of ".", "'", "’" and "-" that closes it (what
 * `/[.'’-]+$/u` would cut off). The phrase starts with a capital, which is none of them.
 */
function endWithoutTrailingMarks(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const code = text.charCodeAt(e - 1);
    if (code !== 0x2e && code !== 0x27 && code !== 0x2019 && code !== 0x2d) break;
    e--;
  }
  return e;
}

/** Common Korean surnames: a Korean personal name is one of these and one or two more syllables. */
const KOREAN_SURNAMES =
  '김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류진엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용';
const KOREAN_NAME = new RegExp(`(?<![가-힣])[${KOREAN_SURNAMES}][가-힣]{2}(?=\\s)`, 'gu');
const KOREAN_PARTICLE = /(?:은|는|이|가|을|를|의|와|과|도|에게|께서)$/u;
/**
 * An English or German personal name: two or three capitalised words, hyphenated given names allowed.
 * Sticky: read at `lastIndex` in the text itself (where the name starts, after whitespace), not at the
 * start of a slice of it, and with `test`: the name ends at `lastIndex`, no match object is needed.
 */
const LATIN_NAME =
  /\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)?(?:\s+\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)?){1,2}(?![\p{L}])/uy;

/**
 * Places where a name may start: whitespace, then a capital and a lowercase letter (where
 * `LATIN_NAME` starts, after the whitespace before it). A superset, checked with `isBeforeName`: every uppercase or lowercase letter is ASCII or at
 * U+00B5 or above (and a surrogate for one beyond the BMP is), and the engine scans for this class
 * much faster than for `/\s\p{Lu}\p{Ll}/u`. Every match is three code units long (no `u` flag). One
 * whitespace character, not `\s+`: a run of blanks (a masked quotation) would make `\s+` retry the
 * run from each of its characters.
 */
const MAY_START_NAME = /\s[A-Z\u00b5-\uffff][a-z\u00b5-\uffff]/g;

/**
 * What every `LATIN_NAME` match holds with the whitespace before it: whitespace, a capitalised word (with a hyphenated part), more
 * whitespace and the next word's capital and lowercase letter. A superset in the way of
 * `MAY_START_NAME` (every letter is ASCII or at U+00AA or above), so a text it finds nothing in names
 * nobody with a title, and is not read word by word.
 */
const MAY_HOLD_NAME =
  /\s[A-Z\u00b5-\uffff][a-z\u00b5-\uffff]+(?:-[A-Za-z\u00aa-\uffff][a-z\u00b5-\uffff]+)?\s+[A-Z\u00b5-\uffff][a-z\u00b5-\uffff]/;

/** True when `/\s\p{Lu}\p{Ll}/u` matches at `at`. */
function isBeforeName(text: string, at: number): boolean {
  if (!isWhitespaceCode(text.charCodeAt(at))) return false;
  const upper = text.codePointAt(at + 1);
  if (upper === undefined || !isUppercaseCodePoint(upper)) return false;
  const lower = text.codePointAt(at + 1 + codePointSize(upper));
  return lower !== undefined && isLowercaseCodePoint(lower);
}

/** True for "ceo", "cfo", "cto" in any (ASCII) case at text[start, end). */
function isOfficerAbbreviation(text: string, start: number, end: number): boolean {
  if (end - start !== 3 || (text.charCodeAt(start) | 0x20) !== 0x63 /* c */) return false;
  const second = text.charCodeAt(start + 1) | 0x20;
  const third = text.charCodeAt(start + 2) | 0x20;
  return third === 0x6f /* o */ && (second === 0x65 || second === 0x66 || second === 0x74); /* e f t */
}

/**
 * People the gazetteer lacks, named with a title: a title followed by a name in English and German
 * ("Science Minister Bae Kyung-hoon", "Ministerin Anna Schmidt"), a name followed by a title in
 * Korean ("배경훈 과학기술정보통신부 장관"). Known mentions are skipped.
 */
export function findTitledPeople(
  text: string,
  language: Language,
  known: readonly EntityMention[],
): UnknownName[] {
  const out: UnknownName[] = [];
  // Exec loops, not matchAll: matchAll copies the expression on every call, and this runs per sentence.
  if (language === 'ko') {
    KOREAN_NAME.lastIndex = 0;
    for (let m = KOREAN_NAME.exec(text); m !== null; m = KOREAN_NAME.exec(text)) {
      const name = m[0];
      // A title within the next three words: "안덕근 산업통상자원부 장관은", "최수연 네이버 대표".
      const next = text
        .slice(m.index + name.length, m.index + name.length + 40)
        .split(/[\s,.]+/u)
        .filter(Boolean)
        .slice(0, 3);
      const titled = next.some((word) => isTitleWord(word.replace(KOREAN_PARTICLE, ''), 'ko'));
      if (!titled || overlapsAny(m.index, m.index + name.length, known)) continue;
      out.push({ name, start: m.index, end: m.index + name.length });
    }
    return out;
  }
  // Without a place LATIN_NAME could match, nobody is named with a title.
  if (!MAY_HOLD_NAME.test(text)) return out;
  // The words that may be a title right before a name: words (maximal runs of letters and hyphens)
  // that are capitalised or "CEO", "CFO", "CTO" in any case, followed by whitespace and a name's
  // start. Found from the name side: each place a name may start, the whitespace before it, the word
  // before that. Every place is tried (the search goes on one character later, not after the match),
  // since the superset's match may take the whitespace of the next place. `test`, not `exec`: no
  // match object for each of the many places tried; every match is three code units long, so it
  // starts three before `lastIndex`.
  MAY_START_NAME.lastIndex = 0;
  while (MAY_START_NAME.test(text)) {
    const at = MAY_START_NAME.lastIndex - 3;
    MAY_START_NAME.lastIndex = at + 1;
    if (!isBeforeName(text, at)) continue;
    let wordEnd = at;
    while (wordEnd > 0 && isWhitespaceCode(text.charCodeAt(wordEnd - 1))) wordEnd--;
    if (wordEnd === 0 || !mayEndTitle(text, wordEnd)) continue;
    const wordStart = startOfLettersBefore(text, wordEnd, 0, true);
    if (wordStart === wordEnd) continue;
    if (!isUppercaseAt(text, wordStart) && !isOfficerAbbreviation(text, wordStart, wordEnd)) continue;
    const word = text.slice(wordStart, wordEnd);
    if (!isTitleWord(word, language)) continue;
    // The name starts right after the whitespace at `at` (a capital stands there: `isBeforeName`),
    // where the whitespace before it, which runs from `wordEnd`, ends.
    const start = at + 1;
    LATIN_NAME.lastIndex = start;
    if (!LATIN_NAME.test(text)) continue;
    const end = LATIN_NAME.lastIndex;
    if (overlapsAny(start, end, known) || holdsNonNameWord(text, start, end, language)) continue;
    out.push({ name: text.slice(start, end), start, end });
  }
  return out;
}

/**
 * Whether a word of the name text[start, end) (a `LATIN_NAME` match: words of letters and hyphens,
 * whitespace between them) is a title or one of `NOT_NAMES`, so the match names nobody.
 */
function holdsNonNameWord(text: string, start: number, end: number, language: Language): boolean {
  let i = start;
  while (i < end) {
    let wordEnd = i;
    while (wordEnd < end && !isWhitespaceCode(text.charCodeAt(wordEnd))) wordEnd++;
    const word = text.slice(i, wordEnd);
    if (isTitleWord(word, language) || NOT_NAMES.has(word)) return true;
    i = wordEnd;
    while (i < end && isWhitespaceCode(text.charCodeAt(i))) i++;
  }
  return false;
}

/** A stable id for an entity the gazetteer lacks: kind prefix and a slug of its name. */
export function makeUnknownId(kind: 'org' | 'person', name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return `${kind}-${slug || 'unnamed'}`;
}
