import { type Byline, CodePointIndex } from '@dealbrief/core';
import { findLineLayout } from './segment-paragraphs.js';
import type { Utf16Range } from './text-ranges.js';

/** A byline as UTF-16 range, with its text and the author's name. */
export interface BylineRange extends Utf16Range {
  text: string;
  name: string;
}

/** A byline is a short line of its own; longer lines are body text. */
const MAX_BYLINE_LENGTH = 80;
/** Non-blank lines searched from the top, then from the bottom. */
const TOP_LINES = 10;
const BOTTOM_LINES = 5;

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?";
const PARTICLE = '(?:von|van|vom|zu|der|den|de|del|della|da|di|du|la|le|bin|al|ten|ter)';
/** 2–4 capitalized words, with name particles ("von der", "van") allowed between them. */
const NAME = `(${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){1,3})`;
const LATIN_LEAD =
  '(?:[Bb]y|BY|[Vv]on|VON|[Ww]ritten by|[Rr]eported by|[Rr]eporting by|[Ss]tory by|Text(?: von)?:?|Autor(?:in)?:|Author:)';
/** "By Jeon Misun", "Von Anna Müller", "Text: Jan Berger", optionally ", Staff Writer" after a separator. */
const LATIN_BYLINE = new RegExp(`^${LATIN_LEAD}\\s+${NAME}(?:\\s*[,|/·–—-]\\s*[^.!?]{0,60})?$`, 'u');

const HANGUL_NAME = '([가-힣]{2,4})';
const REPORTER = '(?:(?:선임|수석|객원|인턴|전문)?기자|특파원)';
const EMAIL = '(?:\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)?';
/** "홍길동 기자", "홍길동 기자 hong@example.kr", "기자 홍길동", "글 홍길동", "글·사진 홍길동". */
const KOREAN_BYLINES: readonly RegExp[] = [
  new RegExp(`^${HANGUL_NAME}\\s*${REPORTER}\\s*=?${EMAIL}$`, 'u'),
  new RegExp(`^${REPORTER}\\s+${HANGUL_NAME}${EMAIL}$`, 'u'),
  new RegExp(`^글(?:\\s*[·/]\\s*사진)?\\s*[:·]?\\s+${HANGUL_NAME}${EMAIL}$`, 'u'),
];
/** A wire lead such as "(서울=연합뉴스) 홍길동 기자 =": the byline is the "홍길동 기자" part. */
const KOREAN_WIRE_LEAD = new RegExp(
  `^[(\\[【][^)\\]】\\n]{1,30}[)\\]】]\\s*(${HANGUL_NAME}\\s*${REPORTER})\\s*=`,
  'du',
);

/** The author's name when `line` (trimmed) is a byline of its own, else undefined. */
export function readBylineName(line: string): string | undefined {
  if (line.length > MAX_BYLINE_LENGTH) return undefined;
  const latin = LATIN_BYLINE.exec(line);
  if (latin?.[1] !== undefined) return latin[1];
  for (const pattern of KOREAN_BYLINES) {
    const m = pattern.exec(line);
    if (m?.[1] !== undefined) return m[1];
  }
  return undefined;
}

function findWireLead(text: string, paragraph: Utf16Range | undefined): BylineRange | undefined {
  if (paragraph === undefined) return undefined;
  const m = KOREAN_WIRE_LEAD.exec(text.slice(paragraph.start, paragraph.end));
  const at = m?.indices?.[1];
  const name = m?.[2];
  if (at === undefined || name === undefined) return undefined;
  const [start, end] = [paragraph.start + at[0], paragraph.start + at[1]];
  return { start, end, text: text.slice(start, end), name };
}

/**
 * Finds the byline (UTF-16): a short line of its own near the top or bottom ("By Jeon Misun", "Von
 * Anna Müller", "Text: …", "홍길동 기자", "기자 홍길동", "글 홍길동"), or a Korean wire lead
 * "(서울=연합뉴스) 홍길동 기자 =" at the start of the first paragraph. Body sentences that happen to
 * start with "By" are not bylines. `paragraphs` and `lines` are those `findLineLayout` gives for `text`.
 */
export function findBylineRange(
  text: string,
  paragraphs: readonly Utf16Range[],
  lines: readonly Utf16Range[],
): BylineRange | undefined {
  const top = lines.slice(0, TOP_LINES);
  const bottom = lines.slice(Math.max(TOP_LINES, lines.length - BOTTOM_LINES));
  for (const line of [...top, ...bottom]) {
    const lineText = text.slice(line.start, line.end);
    const name = readBylineName(lineText);
    if (name !== undefined) return { ...line, text: lineText, name };
  }
  return findWireLead(text, paragraphs[0]);
}

/** The byline of `text` with code-point offsets, the whole byline text and just the name; or undefined. */
export function findByline(text: string): Byline | undefined {
  const { paragraphs, lines } = findLineLayout(text);
  const found = findBylineRange(text, paragraphs, lines);
  if (found === undefined) return undefined;
  const index = new CodePointIndex(text);
  return { ...found, start: index.toCodePoint(found.start), end: index.toCodePoint(found.end) };
}
