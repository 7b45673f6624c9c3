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
  const after = text[at + 1] ?? ' ';
  if (/\s/u.test(after)) return false;
  if (mark === "'" || mark === '"') return BEFORE_OPEN.test(before);
  return true;
}

function canClose(text: string, at: number, mark: string): boolean {
  const before = at > 0 ? text[at - 1]! : ' ';
  if (/\s/u.test(before)) return false;
  if (!isSingle(mark)) return true;
  const after = text[at + 1] ?? ' ';
  // An apostrophe inside a word ("Nvidia's", "don't") is not a closing mark.
  return !WORD_CHAR.test(after) && AFTER_CLOSE.test(after);
}

function findClose(text: string, from: number, closers: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (closers.includes(c) && canClose(text, i, c)) return i;
  }
  return -1;
}

/**
 * Every quotation in a paragraph, outermost only: a quotation nested in another is part of it. Marks
 * that do not pair within the paragraph are ignored, and so are apostrophes ("Korea's", "don't").
 */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  let i = 0;
  while (i < text.length) {
    const mark = text[i]!;
    const closers = CLOSERS[mark];
    if (closers === undefined || !canOpen(text, i)) {
      i++;
      continue;
    }
    const end = findClose(text, i + 2, closers);
    if (end === -1) {
      i++;
      continue;
    }
    quotations.push({ open: i, start: i + 1, end, close: end + 1 });
    i = end + 1;
  }
  return quotations;
}

/** Quotations shorter than this many words are scare quotes ("AI capital"), not speech. */
export const MIN_QUOTE_WORDS = 4;

/** The number of words (Korean: eojeol) in a quotation, to tell speech from scare quotes. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => WORD_CHAR.test(w)).length;
}
