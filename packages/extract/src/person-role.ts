import type { Language } from '@dealbrief/core';
import { isTitleWord } from '@dealbrief/normalize';

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

/**
 * The title written before a name in English or German ("SK Group Chairman", "Nvidia founder and
 * CEO", "Samsung Electronics-Vorsitzender"): the run of capitalised words, titles and connectors
 * that ends right before the name and holds at least one title word.
 */
function roleBefore(text: string, nameStart: number, floor: number, language: Language): RoleSpan | null {
  const head = text.slice(0, nameStart);
  const tokens = [...head.slice(floor).matchAll(/[^\s]+/gu)].map((t) =>
    Object.assign(t, { index: t.index + floor }),
  );
  let first = tokens.length;
  let hasTitle = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const word = tokens[i]![0];
    if (/[,;:()"“”„]$/u.test(word) && i < tokens.length - 1) break;
    if (/[,;:()"“”„]$/u.test(word)) break;
    const bare = word.replace(/['’]s$/u, '');
    const title = isTitleWord(bare, language);
    const capitalised = /^\p{Lu}/u.test(bare);
    const connector = CONNECTORS.has(bare.toLowerCase());
    if (!(title || capitalised || connector)) break;
    if (ARTICLES.has(bare.toLowerCase())) break;
    hasTitle ||= title;
    first = i;
  }
  // Trim leading connectors and anything before the first capitalised word or title.
  while (first < tokens.length) {
    const word = tokens[first]![0];
    if (CONNECTORS.has(word.toLowerCase())) first++;
    else break;
  }
  if (!hasTitle || first >= tokens.length) return null;
  const start = tokens[first]!.index;
  const end = head.trimEnd().length;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/**
 * The title written after a Korean name ("이재명 대통령이", "젠슨 황 엔비디아 최고경영자를",
 * "최태원 SK회장", "안덕근 산업통상자원부 장관은"): the words up to the first title among the next
 * three (an organisation may stand before it), without the particle that closes the phrase.
 */
function roleAfter(text: string, nameEnd: number): RoleSpan | null {
  const tail = text.slice(nameEnd, nameEnd + 40);
  const words = [...tail.matchAll(/[^\s,，.·]+/gu)].slice(0, 3);
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
