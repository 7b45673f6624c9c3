import type { Language } from '@dealbrief/core';
import { type EntityMention, isTitleWord } from '@dealbrief/normalize';

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

/** Capitalised phrases of up to four words ("Kakao", "Doosan Enerbility", "LG Uplus"). */
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}/gu;

/**
 * Capitalised phrases that may be organisations the gazetteer lacks, outside the known mentions.
 * They count only where they stand in a list with known organisations (the caller checks that).
 */
export function findCapitalisedNames(text: string, known: readonly EntityMention[]): UnknownName[] {
  const out: UnknownName[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const start = m.index;
    const name = m[0].replace(/[.'’-]+$/u, '');
    const end = start + name.length;
    if (NOT_NAMES.has(name) || name.length < 2) continue;
    if (known.some((k) => start < k.end && k.start < end)) continue;
    out.push({ name, start, end });
  }
  return out;
}

/** Common Korean surnames: a Korean personal name is one of these and one or two more syllables. */
const KOREAN_SURNAMES =
  '김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류진엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용';
const KOREAN_NAME = new RegExp(`(?<![가-힣])[${KOREAN_SURNAMES}][가-힣]{2}(?=\\s)`, 'gu');
const KOREAN_PARTICLE = /(?:은|는|이|가|을|를|의|와|과|도|에게|께서)$/u;
/** An English or German personal name: two or three capitalised words, hyphenated given names allowed. */
const LATIN_NAME =
  /^\s+(\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)?(?:\s+\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)?){1,2})(?![\p{L}])/u;

/**
 * Words (runs of letters and hyphens) that may be a title before a name: capitalised ones, and "CEO",
 * "CFO", "CTO" in any case, followed by what starts a `LATIN_NAME` (space, then a capital and a
 * lowercase letter). Lowercase words, and words no name follows, are passed over by the engine, not one
 * by one. The lookahead cannot shorten a word: a shorter prefix is followed by a letter or hyphen, not
 * a space, so the engine finds the same words as without it, less those `LATIN_NAME` would reject.
 */
const TITLE_CANDIDATE =
  /(?<![\p{L}-])(?:\p{Lu}[\p{L}-]*|(?:[cC][eE][oO]|[cC][fF][oO]|[cC][tT][oO])(?![\p{L}-]))(?=\s+\p{Lu}\p{Ll})/gu;

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
  const isKnown = (start: number, end: number) => known.some((k) => start < k.end && k.start < end);
  if (language === 'ko') {
    for (const m of text.matchAll(KOREAN_NAME)) {
      const name = m[0];
      // A title within the next three words: "안덕근 산업통상자원부 장관은", "최수연 네이버 대표".
      const next = text
        .slice(m.index + name.length, m.index + name.length + 40)
        .split(/[\s,.]+/u)
        .filter(Boolean)
        .slice(0, 3);
      const titled = next.some((word) => isTitleWord(word.replace(KOREAN_PARTICLE, ''), 'ko'));
      if (!titled || isKnown(m.index, m.index + name.length)) continue;
      out.push({ name, start: m.index, end: m.index + name.length });
    }
    return out;
  }
  for (const word of text.matchAll(TITLE_CANDIDATE)) {
    if (!isTitleWord(word[0], language)) continue;
    const after = LATIN_NAME.exec(text.slice(word.index + word[0].length));
    if (!after) continue;
    const start = word.index + word[0].length + after[0].indexOf(after[1]!);
    const end = start + after[1]!.length;
    const words = after[1]!.split(/\s+/u);
    if (words.some((w) => isTitleWord(w, language) || NOT_NAMES.has(w)) || isKnown(start, end)) continue;
    out.push({ name: after[1]!, start, end });
  }
  return out;
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
