import type { Language } from '@dealbrief/core';
import { isTitleWord } from '@dealbrief/normalize';
import { isUppercaseAt, isWhitespaceCode } from './text-scan.js';
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
 * The longest of `ARTICLES` and `CONNECTORS` ("executive"). A word lower-cases to one of them only if
 * it is as long: what lower-cases to an ASCII character is one code unit (A-Z, the Kelvin sign).
 */
const LONGEST_SHORT_WORD = 9;

/** The word without a genitive "'s"/"’s" ("Nvidia's" → "Nvidia"). */
function withoutGenitive(word: string): string {
  const n = word.length;
  if (n >= 2 && word.charCodeAt(n - 1) === 0x73 /* s */) {
    const mark = word.charCodeAt(n - 2);
    if (mark === 0x27 || mark === 0x2019) return word.slice(0, n - 2);
  }
  return word;
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
    const bare = withoutGenitive(text.slice(i, end));
    const title = bare !== '' && mayEndTitle(bare, bare.length) && isTitleWord(bare, language);
    const lower = bare.length <= LONGEST_SHORT_WORD ? bare.toLowerCase() : '';
    if (!(title || isUppercaseAt(bare, 0) || CONNECTORS.has(lower))) break;
    if (ARTICLES.has(lower)) break;
    hasTitle ||= title;
    accepted.push(i, end);
  }
  // Trim leading connectors: the phrase starts at its first capitalised word or title.
  let first = accepted.length - 2;
  while (first >= 0 && CONNECTORS.has(text.slice(accepted[first]!, accepted[first + 1]!).toLowerCase()))
    first -= 2;
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
