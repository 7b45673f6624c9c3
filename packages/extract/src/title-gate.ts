import { TITLE_WORDS } from '@dealbrief/normalize';

/**
 * The ASCII characters (lower case) some title ends in, as flags by code. `isTitleWord` (normalize,
 * titles.ts) accepts a word only when the word, lower-cased, ends in a title of `TITLE_WORDS` (of its
 * language or English: the whole word, the part after its last hyphen or the end of a compound). So a
 * word whose last code unit is ASCII and, lower-cased, ends no title is no title, whatever stands
 * before it (lower-casing maps an ASCII character to one code unit on its own). A change to that rule
 * must change this too.
 */
const TITLE_LAST_ASCII = new Uint8Array(0x80);
for (const titles of Object.values(TITLE_WORDS)) {
  for (const title of titles) {
    const last = title.toLowerCase().charCodeAt(title.length - 1);
    if (last < 0x80) TITLE_LAST_ASCII[last] = 1;
  }
}

/**
 * False when the word ending at `end` of `text` (end > 0) is no title by its last code unit (see
 * `TITLE_LAST_ASCII`): a cheap test before `isTitleWord`, which needs the word cut out.
 */
export function mayEndTitle(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last >= 0x80) return true;
  return TITLE_LAST_ASCII[last >= 0x41 && last <= 0x5a ? last + 0x20 : last] === 1;
}
