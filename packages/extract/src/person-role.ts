import type { Language } from '@dealbrief/core';
import { isTitleWord } from '@dealbrief/normalize';
import { isUppercaseCodePoint, isWhitespaceCode } from './text-scan.js';
import { mayEndTitle } from './title-gate.js';

/** A title found next to a name, as a UTF-16 range of the sentence. */
export interface RoleSpan {
  start: number;
  end: number;
  text: string;
}

const ARTICLES = new Set([
  'the',
  'a',
  'an',
  'der',
  'die',
  'das',
  'dem',
  'den',
  'des',
  'ein',
  'eine',
  'einer',
  'eines',
]);
const CONNECTORS = new Set(['and', 'und', '&', 'of', 'board', 'executive', 'vice', 'co', 'deputy', 'senior']);
const KOREAN_PARTICLE =
  /(?:께서|에게|으로|로서|이며|이자|등을|등이|등은|등과|등|은|는|이|가|을|를|의|와|과|도|에|로)$/u;

/** A word after a Korean name: up to whitespace, a comma, a full stop or a middle dot. */
const KOREAN_WORD = /[^\s,，.·]+/gu;

/** Punctuation that ends the phrase before a name when a word ends in it ("said,", "(CEO"). */
function isPhraseBreak(code: number): boolean {
  return (
    code === 0x2c /* , */ ||
    code === 0x3b /* ; */ ||
    code === 0x3a /* : */ ||
    code === 0x28 /* ( */ ||
    code === 0x29 /* ) */ ||
    code === 0x22 /* " */ ||
    code === 0x201c /* “ */ ||
    code === 0x201d /* ” */ ||
    code === 0x201e /* „ */
  );
}

/**
 * The length of the longest of `ARTICLES` and `CONNECTORS` ("executive"). A word lower-cases to one of
 * them only if it is at most as long: what lower-cases to a single ASCII code unit is one code unit (A-Z,
 * the Kelvin sign).
 */
const LONGEST_SHORT_WORD = Math.max(...[...ARTICLES, ...CONNECTORS].map((word) => word.length));

/**
 * The first code units (ASCII, lower case) of `ARTICLES` and `CONNECTORS`, as flags by code. A word
 * lower-cases to one of them only if its first code unit lower-cases to one of these: `toLowerCase`
 * maps code point by code point, and the only code point outside ASCII that lower-cases to a single ASCII
 * code unit is the Kelvin sign (to "k", which starts none of them).
 */
const SHORT_WORD_FIRST = new Uint8Array(0x80);
for (const word of [...ARTICLES, ...CONNECTORS]) SHORT_WORD_FIRST[word.charCodeAt(0)] = 1;

/**
 * False when the word `text[start, end)` cannot lower-case to an article or connector (too long, empty,
 * or a first code unit that starts none of them), so it need not be cut out and lower-cased.
 */
function mayBeShortWord(text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n === 0 || n > LONGEST_SHORT_WORD) return false;
  const first = text.charCodeAt(start);
  if (first >= 0x80) return false;
  return SHORT_WORD_FIRST[first >= 0x41 && first <= 0x5a ? first + 0x20 : first] === 1;
}

/** Where the word `text[start, end)` ends without a genitive "'s"/"’s" ("Nvidia's" → "Nvidia"). */
function endWithoutGenitive(text: string, start: number, end: number): number {
  if (end - start >= 2 && text.charCodeAt(end - 1) === 0x73 /* s */) {
    const mark = text.charCodeAt(end - 2);
    if (mark === 0x27 || mark === 0x2019) return end - 2;
  }
  return end;
}

/**
 * Whether the word `text[start, end)` (not empty) starts with an upper-case letter: what
 * `isUppercaseAt` says of the word cut out, a surrogate pair read only when both halves are in the word.
 */
function startsUppercase(text: string, start: number, end: number): boolean {
  const cp = text.codePointAt(start)!;
  return isUppercaseCodePoint(cp > 0xffff && start + 1 >= end ? text.charCodeAt(start) : cp);
}

/** Whether the word `text[start, end)` lower-cases to a connector (cut out only when it may). */
function isConnector(text: string, start: number, end: number): boolean {
  return mayBeShortWord(text, start, end) && CONNECTORS.has(text.slice(start, end).toLowerCase());
}

/** Scratch list of {@link roleBefore}, which is not re-entered while it runs. */
const acceptedWords: number[] = [];

/**
 * The title written before a name in English or German ("SK Group Chairman", "Nvidia founder and
 * CEO", "Samsung Electronics-Vorsitzender"): the run of capitalised words, titles and connectors
 * that ends right before the name and holds at least one title word. Words are the whitespace-separated
 * tokens between `floor` and the name, read backwards from the name until one cannot belong to a title,
 * so the cost is the phrase's length, not the text's.
 */
function roleBefore(text: string, nameStart: number, floor: number, language: Language): RoleSpan | null {
  // The accepted words, nearest the name first, as [start, end) pairs (a list reused from call to call).
  const accepted = acceptedWords;
  accepted.length = 0;
  let hasTitle = false;
  let i = nameStart;
  while (i > floor) {
    while (i > floor && isWhitespaceCode(text.charCodeAt(i - 1))) i--;
    if (i === floor) break;
    const end = i;
    while (i > floor && !isWhitespaceCode(text.charCodeAt(i - 1))) i--;
    if (isPhraseBreak(text.charCodeAt(end - 1))) break;
    // The word without its genitive, cut out and lower-cased only when it may be a title (its last
    // code unit) or an article or connector (its length and first code unit).
    const bareEnd = endWithoutGenitive(text, i, end);
    if (bareEnd === i) break; // "'s" alone: no title, no capital, no connector
    const maybeTitle = mayEndTitle(text, bareEnd);
    const maybeShort = mayBeShortWord(text, i, bareEnd);
    const bare = maybeTitle || maybeShort ? text.slice(i, bareEnd) : '';
    const title = maybeTitle && isTitleWord(bare, language);
    const lower = maybeShort ? bare.toLowerCase() : '';
    if (!(title || startsUppercase(text, i, bareEnd) || CONNECTORS.has(lower))) break;
    if (ARTICLES.has(lower)) break;
    hasTitle ||= title;
    accepted.push(i, end);
  }
  // Trim leading connectors: the phrase starts at its first capitalised word or title.
  let first = accepted.length - 2;
  while (first >= 0 && isConnector(text, accepted[first]!, accepted[first + 1]!)) first -= 2;
  if (!hasTitle || first < 0) return null;
  const start = accepted[first]!;
  const end = accepted[1]!;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/**
 * The title written after a Korean name ("이재명 대통령이", "젠슨 황 엔비디아 최고경영자를",
 * "최태원 SK회장", "안덕근 산업통상자원부 장관은"): the words up to the first title among the next
 * three (an organisation may stand before it), without the particle that closes the phrase.
 */
function roleAfter(text: string, nameEnd: number): RoleSpan | null {
  const tail = text.slice(nameEnd, nameEnd + 40);
  // The first three words: an exec loop, not matchAll, which copies the expression on every call.
  const words: RegExpExecArray[] = [];
  KOREAN_WORD.lastIndex = 0;
  for (let m = KOREAN_WORD.exec(tail); m !== null; m = KOREAN_WORD.exec(tail)) {
    words.push(m);
    if (words.length === 3) break;
  }
  const first = words[0];
  if (first === undefined || /[,，.·]/u.test(tail.slice(0, first.index))) return null;
  for (const w of words) {
    if (/[,，.·]/u.test(tail.slice(first.index, w.index))) return null;
    const bare = w[0].replace(KOREAN_PARTICLE, '');
    if (isTitleWord(bare, 'ko')) {
      const start = nameEnd + first.index;
      const end = nameEnd + w.index + bare.length;
      return { start, end, text: text.slice(start, end) };
    }
  }
  return null;
}

/**
 * The title next to a name: before it in English and German, after it in Korean. `floor` is where the
 * previous person's name ends, so one person's title never runs into another's name.
 */
export function findRole(
  text: string,
  name: { start: number; end: number },
  floor: number,
  language: Language,
): RoleSpan | null {
  return language === 'ko' ? roleAfter(text, name.end) : roleBefore(text, name.start, floor, language);
}
