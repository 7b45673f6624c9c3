/**
 * Tables of lower-case Latin words that answer "is `text[start, end)`, lower-cased, one of them?" (or
 * "does it start with one of them?") straight from the character codes, without cutting the word out
 * or lower-casing it. The scanners ask this for nearly every word of a text, and almost every answer
 * is no, usually after the first letter or two.
 */

import { lowerCodeUnit } from './lower-code-unit.js';
import { LETTERS, TrieNodes } from './trie-nodes.js';

/**
 * The index of an ASCII letter in either case ("a"/"A" 0 ... "z"/"Z" 25), as {@link TrieNodes} numbers
 * its letters; any other code gives a number outside 0-25.
 */
function asciiLetter(code: number): number {
  return (code >= 0x41 && code <= 0x5a ? code + 0x20 : code) - 0x61;
}

/**
 * A map from lower-case Latin words to values, kept as a trie ({@link TrieNodes}). The walks step
 * through ASCII letters, nearly all the letters they meet, straight in the trie's flat letter table
 * (their lower case is the letter plus 0x20); only other codes go through `lowerCodeUnit` and
 * `TrieNodes.child`, outside the loops, which stay small: findDates, which asks for every word, got
 * ~12% faster than with those two calls per letter.
 */
export class LatinWordMap<V> {
  private readonly nodes = new TrieNodes();
  /** The value of the word ending at each node (undefined: none ends there). */
  private readonly values: (V | undefined)[] = [undefined];
  /** The trie's children by letter ({@link TrieNodes.letterTable}), taken once it is built. */
  private readonly letters: Int32Array;
  /** 1 for each node where a word ends (where {@link values} has a value). */
  private readonly ends: Uint8Array;

  /** `entries` are [word, value] with the word lower case (as `toLowerCase` gives it); the first of a word wins. */
  constructor(entries: Iterable<readonly [string, V]>) {
    const byWord = new Map<string, V>();
    for (const [word, value] of entries) if (!byWord.has(word)) byWord.set(word, value);
    for (const [word, value] of byWord) {
      let node = 0;
      for (let k = 0; k < word.length; k++) node = this.nodes.add(node, word.charCodeAt(k));
      while (this.values.length < this.nodes.size) this.values.push(undefined);
      this.values[node] = value;
    }
    this.letters = this.nodes.letterTable;
    this.ends = new Uint8Array(this.values.length);
    for (let node = 0; node < this.values.length; node++) {
      if (this.values[node] !== undefined) this.ends[node] = 1;
    }
  }

  /** The value of `text.slice(start, end).toLowerCase()`, or undefined when it is no word of the map. */
  get(text: string, start: number, end: number): V | undefined {
    const node = this.nodeAt(text, start, end);
    return node < 0 ? undefined : this.values[node];
  }

  /** True when `text.slice(start, end).toLowerCase()` is a word of the map. */
  has(text: string, start: number, end: number): boolean {
    const node = this.nodeAt(text, start, end);
    return node >= 0 && this.ends[node] === 1;
  }

  /**
   * The trie node `text.slice(start, end).toLowerCase()` leads to, or -1 when no word of the map starts
   * so: ASCII letters step through the flat letter table, anything else through the general step.
   */
  private nodeAt(text: string, start: number, end: number): number {
    const letters = this.letters;
    let node = 0;
    for (let k = start; k < end; k++) {
      const letter = asciiLetter(text.charCodeAt(k));
      if (letter < 0 || letter >= LETTERS) return this.walkFrom(node, text, k, start, end);
      node = letters[node * LETTERS + letter]!;
      if (node === 0) return -1;
    }
    return node;
  }

  /**
   * True when `text.slice(start, end).toLowerCase()` starts with a word of the map; also true from a
   * letter on whose lower case is not one fixed code unit (so a "no" is always right).
   */
  mayStartWithWord(text: string, start: number, end: number): boolean {
    const letters = this.letters;
    const ends = this.ends;
    if (ends[0] === 1) return true;
    let node = 0;
    for (let k = start; k < end; k++) {
      const letter = asciiLetter(text.charCodeAt(k));
      if (letter < 0 || letter >= LETTERS) return this.mayStartFrom(node, text, k, end);
      node = letters[node * LETTERS + letter]!;
      if (node === 0) return false;
      if (ends[node] === 1) return true;
    }
    return false;
  }

  /**
   * The walks above go on here from `node` at `text[k]`, a code unit other than an ASCII letter (rare,
   * and kept out of their loops so that those stay small): the node of the whole word `text[start, end)`,
   * -1 for none. A letter whose lower case is not one fixed code unit ("İ") is looked up with the real
   * lower case of the word.
   */
  private walkFrom(node: number, text: string, k: number, start: number, end: number): number {
    for (; k < end; k++) {
      const lower = lowerCodeUnit(text.charCodeAt(k));
      if (lower < 0) return this.nodeOf(text.slice(start, end).toLowerCase());
      node = this.nodes.child(node, lower);
      if (node === 0) return -1;
    }
    return node;
  }

  /** {@link mayStartWithWord} from `node` at `text[k]`, as {@link walkFrom} goes on for the others. */
  private mayStartFrom(node: number, text: string, k: number, end: number): boolean {
    for (; k < end; k++) {
      const lower = lowerCodeUnit(text.charCodeAt(k));
      if (lower < 0) return true;
      node = this.nodes.child(node, lower);
      if (node === 0) return false;
      if (this.ends[node] === 1) return true;
    }
    return false;
  }

  /** The node of the lower-case `word`, or -1 when the trie has none. */
  private nodeOf(word: string): number {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      node = this.nodes.child(node, word.charCodeAt(k));
      if (node === 0) return -1;
    }
    return node;
  }
}

/** A {@link LatinWordMap} that only tells whether a word is in it. */
export class LatinWordSet extends LatinWordMap<true> {
  /** `words` must be lower case (as `toLowerCase` gives them). */
  constructor(words: Iterable<string>) {
    super(Array.from(words, (word) => [word, true] as const));
  }
}
