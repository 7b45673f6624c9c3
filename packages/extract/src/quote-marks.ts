import { codePointSize, isWhitespaceCode, isWordCodePoint } from './text-scan.js';

/** A quotation found between a pair of quotation marks. Offsets are UTF-16 indices into the text. */
export interface Quotation {
  /** Index of the opening mark. */
  open: number;
  /** Start of the quoted text (right after the opening mark). */
  start: number;
  /** End of the quoted text (the closing mark's index). */
  end: number;
  /** Index right after the closing mark. */
  close: number;
}

/**
 * Closing marks for each opening mark: English “…”, German „…“ (or „…”), »…« and «…», CJK 「…」 and
 * 『…』, straight "…", and single quotes ‘…’ / '…' (the text is folded, so ’ reads as ').
 */
const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '»': '«',
  '「': '」',
  '『': '』',
  '"': '"',
  '‘': "'’",
  "'": "'’",
};

/** Every character that may open or close a quotation. */
export const QUOTATION_MARKS: ReadonlySet<string> = new Set(
  Object.entries(CLOSERS).flatMap(([o, c]) => [o, ...c]),
);

/** Characters after which an opening mark may stand: start, space, or opening punctuation. */
const BEFORE_OPEN = /[\s([{\-–—/:;,"“„«»‘]/u;
/** Characters before which a closing single quote may stand: end, space, or punctuation. */
const AFTER_CLOSE = /[\s)\]}.,;:!?\-–—/"”“»«]/u;
/** Characters that make a quotation mark an apostrophe or inch sign when they surround it. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isSingle(mark: string): boolean {
  return mark === "'" || mark === '‘' || mark === '’';
}

function canOpen(text: string, at: number): boolean {
  const mark = text[at]!;
  const before = at > 0 ? text[at - 1]! : ' ';
  // At the text's end the next character reads as a space.
  if (at + 1 >= text.length || isWhitespaceCode(text.charCodeAt(at + 1))) return false;
  if (mark === "'" || mark === '"') return BEFORE_OPEN.test(before);
  return true;
}

function canClose(text: string, at: number, mark: string): boolean {
  if (at === 0 || isWhitespaceCode(text.charCodeAt(at - 1))) return false;
  if (!isSingle(mark)) return true;
  const after = text[at + 1] ?? ' ';
  // An apostrophe inside a word ("Nvidia's", "don't") is not a closing mark.
  return !WORD_CHAR.test(after) && AFTER_CLOSE.test(after);
}

/**
 * The first closing mark at or after `from` (one of `closers`, standing where a quotation can end).
 * `nextAt[k]` is the first `closers[k]` at or after the search position (-1: none): a rejected mark at
 * `next` moves that position to `next + 1`, which only changes `nextAt` of the closers found at `next`,
 * since every other one lies after it (or nowhere), so only those are searched again.
 */
function findClose(text: string, from: number, closers: string): number {
  const nextAt: number[] = [];
  for (let k = 0; k < closers.length; k++) nextAt.push(text.indexOf(closers[k]!, from));
  for (;;) {
    let next = -1;
    for (const at of nextAt) if (at !== -1 && (next === -1 || at < next)) next = at;
    if (next === -1) return -1;
    if (canClose(text, next, text[next]!)) return next;
    for (let k = 0; k < closers.length; k++)
      if (nextAt[k] === next) nextAt[k] = text.indexOf(closers[k]!, next + 1);
  }
}

/** The characters that may open a quotation: the keys of `CLOSERS` (none is special in a class). */
const OPENING_MARK = new RegExp(`[${Object.keys(CLOSERS).join('')}]`, 'g');

/**
 * Every quotation in a paragraph, outermost only: a quotation nested in another is part of it. Marks
 * that do not pair within the paragraph are ignored, and so are apostrophes ("Korea's", "don't").
 */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  OPENING_MARK.lastIndex = 0;
  for (let m = OPENING_MARK.exec(text); m !== null; m = OPENING_MARK.exec(text)) {
    const i = m.index;
    if (!canOpen(text, i)) continue;
    const end = findClose(text, i + 2, CLOSERS[m[0]]!);
    if (end === -1) continue;
    quotations.push({ open: i, start: i + 1, end, close: end + 1 });
    OPENING_MARK.lastIndex = end + 1;
  }
  return quotations;
}

/** Quotations shorter than this many words are scare quotes ("AI capital"), not speech. */
export const MIN_QUOTE_WORDS = 4;

/**
 * The number of words (Korean: eojeol) in text[start, end), to tell speech from scare quotes: the
 * whitespace-separated pieces that hold a letter or a digit (what
 * `text.slice(start, end).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length` counts).
 */
export function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let counted = false;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isWhitespaceCode(code)) {
      counted = false;
      i++;
      continue;
    }
    let cp = code;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) cp = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
    }
    if (!counted && isWordCodePoint(cp)) {
      words++;
      counted = true;
    }
    i += codePointSize(cp);
  }
  return words;
}
