import { lowerCodeUnit } from './lower-code-unit.js';
import { TrieNodes } from './trie-nodes.js';

/** Flag of a {@link TitleEndings} node: the ending is a title. */
const TITLE = 1;
/** Flag: the ending is a title a compound may end in. */
const COMPOUND = 2;
/** Flag: the ending names a thing, so a compound ending in it is no title. */
const NOT_TITLE = 4;

const HYPHEN = 0x2d;

/** The words of one language that decide whether a word is a title, by how the word ends. */
export interface TitleEndingWords {
  /** Titles as the whole word or as the part after its last hyphen (compared lower case). */
  readonly titles: readonly string[];
  /** Titles a word may end in with something before them ("Konzernchef", "SK회장"). */
  readonly compoundTitles: readonly string[];
  /** Endings that make such a compound no title ("Halbleiter"). */
  readonly notTitles: readonly string[];
}

/**
 * `isTitleWord` for one language, read from the end of the word in character codes. Every title answer
 * needs the lower-cased word to end in one of the words given (the whole word, the part after its last
 * hyphen, or a compound's ending), so the word is walked backwards through a trie of those words and
 * almost every word leaves it after a letter or two, without lower-casing or hashing it. The rule is
 * the one of `decideTitleWord` in titles.ts:
 * - the whole word (lower case) is a title, or the part after its last hyphen is one; else
 * - it ends in a compound title with a character before it (not a line break: the `.` of the
 *   expression), and in none of the thing endings.
 */
export class TitleEndings {
  /** The endings, each word added from its last code unit back. */
  private readonly nodes = new TrieNodes();
  /** Flags of each node; node 0 is the empty ending. */
  private readonly flags: number[] = [0];
  /** The children of node 0 by code unit (0: none): most words leave the trie at their last letter. */
  private readonly lastLetters = new Uint16Array(0x10000);

  constructor(words: TitleEndingWords) {
    const add = (word: string, flag: number) => {
      let node = 0;
      for (let k = word.length - 1; k >= 0; k--) {
        const code = word.charCodeAt(k);
        const child = this.nodes.add(node, code);
        if (node === 0) this.lastLetters[code] = child;
        node = child;
      }
      while (this.flags.length < this.nodes.size) this.flags.push(0);
      this.flags[node]! |= flag;
    };
    for (const word of words.titles) add(word, TITLE);
    for (const word of words.compoundTitles) add(word, COMPOUND);
    for (const word of words.notTitles) add(word, NOT_TITLE);
    if (this.flags.length > 0xffff) throw new RangeError('too many title endings for 16-bit nodes');
  }

  /**
   * Whether `word` is a title, or undefined when a character on the way has no fixed lower case
   * (see `lowerCodeUnit`) and the caller must decide on the lower-cased word itself.
   */
  isTitle(word: string): boolean | undefined {
    let k = word.length;
    if (k === 0) return false;
    const last = lowerCodeUnit(word.charCodeAt(k - 1));
    if (last < 0) return undefined;
    // No title ends in this letter (a hyphen included: then the part after it is empty).
    let node = this.lastLetters[last]!;
    if (node === 0) return false;
    let hyphenSeen = false;
    let compound = false;
    let notTitle = false;
    // `node` is the ending word[k - 1..], `code` the lower case of the code unit before it.
    for (k--; ; k--) {
      const flags = this.flags[node]!;
      if ((flags & NOT_TITLE) !== 0) notTitle = true;
      if (k === 0) {
        if ((flags & TITLE) !== 0) return true;
        break;
      }
      const code = lowerCodeUnit(word.charCodeAt(k - 1));
      if (code < 0) return undefined;
      // The part after the last hyphen (the first hyphen seen from the end) is a title.
      if ((flags & TITLE) !== 0 && code === HYPHEN && !hyphenSeen) return true;
      if ((flags & COMPOUND) !== 0 && !isLineTerminator(code)) compound = true;
      if (code === HYPHEN) hyphenSeen = true;
      node = this.nodes.child(node, code);
      if (node === 0) break;
    }
    return compound && !notTitle;
  }
}

/** The characters `.` does not match in a regular expression without the `s` flag. */
function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}
