/**
 * A table of the first two letters of a list of lower-case words, so that one look-up tells that a
 * Latin word of a text can be none of them (nor start with one) before any trie walk or call: the
 * scanners meet millions of words, and all but a few fail already on their first two letters.
 */

/** The letters "a"-"z", "ä", "ö", "ü" and "ß" in either case are 0-29 ({@link PAIR_CODES}). */
const LETTERS = 'abcdefghijklmnopqrstuvwxyzäöüß';
/** No second letter: the word has one letter, or a word of the list has a non-letter there. */
const END = LETTERS.length;
/** Any other letter ("é", "İ"): the table says yes in its row and column. */
const OTHER = END + 1;
const WIDTH = OTHER + 1;

/**
 * The pair code of every code unit: a letter of {@link LETTERS} or its one-code-unit capital (which
 * `toLowerCase` turns into it), {@link OTHER} for any other code unit from U+0080 on (any lower case,
 * always passed), {@link END} for the rest of ASCII (no letter of a Latin word).
 */
const PAIR_CODES = new Uint8Array(0x10000).fill(OTHER);
for (let code = 0; code < 0x80; code++) PAIR_CODES[code] = END;
for (let letter = 0; letter < LETTERS.length; letter++) {
  const lower = LETTERS.charCodeAt(letter);
  PAIR_CODES[lower] = letter;
  const upper = LETTERS[letter]!.toUpperCase();
  if (upper.length === 1) PAIR_CODES[upper.charCodeAt(0)] = letter;
}

export class LeadingPairs {
  /** 1 at `first * WIDTH + second` for each pair of pair codes that may begin a word of the list. */
  private readonly table = new Uint8Array(WIDTH * WIDTH);

  /** An empty list: {@link mayMatch} says no to every word of letters from {@link LETTERS}. */
  constructor() {
    for (let k = 0; k < WIDTH; k++) {
      this.table[OTHER * WIDTH + k] = 1;
      this.table[k * WIDTH + OTHER] = 1;
    }
  }

  /**
   * Adds `words`, lower case (as `toLowerCase` gives them). With `prefixes` every word that starts with
   * one of them passes, else only the words themselves (so a one-letter word passes only alone).
   * Any pair with another letter passes already (its lower case may be anything: "İ" gives "i" and a
   * combining dot).
   */
  add(words: Iterable<string>, prefixes: boolean): this {
    for (const word of words) {
      const first = PAIR_CODES[word.charCodeAt(0)]!;
      if (word.length === 1 && prefixes) {
        for (let k = 0; k < WIDTH; k++) this.table[first * WIDTH + k] = 1;
      } else {
        const second = word.length === 1 ? END : PAIR_CODES[word.charCodeAt(1)]!;
        this.table[first * WIDTH + second] = 1;
      }
    }
    return this;
  }

  /**
   * False only when the Latin word `text[start, end)` (`end > start`), lower-cased, is no word of the
   * list (with `prefixes`: starts with none): its first two letters, or its one letter, begin none.
   */
  mayMatch(text: string, start: number, end: number): boolean {
    const second = start + 1 < end ? PAIR_CODES[text.charCodeAt(start + 1)]! : END;
    return this.table[PAIR_CODES[text.charCodeAt(start)]! * WIDTH + second] === 1;
  }
}
