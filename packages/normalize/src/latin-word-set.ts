/**
 * Tables of lower-case Latin words that answer "is `text[start, end)`, lower-cased, one of them?" (or
 * "does it start with one of them?") straight from the character codes, without cutting the word out
 * or lower-casing it. The scanners ask this for nearly every word of a text, and almost every answer
 * is no, usually after the first letter or two.
 */

import { lowerCodeUnit } from './lower-code-unit.js';
import { TrieNodes } from './trie-nodes.js';

/** A map from lower-case Latin words to values, kept as a trie ({@link TrieNodes}). */
export class LatinWordMap<V> {
  private readonly nodes = new TrieNodes();
  /** The value of the word ending at each node (undefined: none ends there). */
  private readonly values: (V | undefined)[] = [undefined];
  private readonly byWord: ReadonlyMap<string, V>;

  /** `entries` are [word, value] with the word lower case (as `toLowerCase` gives it); the first of a word wins. */
  constructor(entries: Iterable<readonly [string, V]>) {
    const byWord = new Map<string, V>();
    for (const [word, value] of entries) if (!byWord.has(word)) byWord.set(word, value);
    this.byWord = byWord;
    for (const [word, value] of byWord) {
      let node = 0;
      for (let k = 0; k < word.length; k++) node = this.nodes.add(node, word.charCodeAt(k));
      while (this.values.length < this.nodes.size) this.values.push(undefined);
      this.values[node] = value;
    }
  }

  /** The value of `text.slice(start, end).toLowerCase()`, or undefined when it is no word of the map. */
  get(text: string, start: number, end: number): V | undefined {
    let node = 0;
    for (let k = start; k < end; k++) {
      const lower = lowerCodeUnit(text.charCodeAt(k));
      // A letter whose lower case is not one fixed code unit ("İ"): ask with the real lower case.
      if (lower < 0) return this.byWord.get(text.slice(start, end).toLowerCase());
      node = this.nodes.child(node, lower);
      if (node === 0) return undefined;
    }
    return this.values[node];
  }

  /** True when `text.slice(start, end).toLowerCase()` is a word of the map. */
  has(text: string, start: number, end: number): boolean {
    return this.get(text, start, end) !== undefined;
  }

  /**
   * True when `text.slice(start, end).toLowerCase()` starts with a word of the map; also true from a
   * letter on whose lower case is not one fixed code unit (so a "no" is always right).
   */
  mayStartWithWord(text: string, start: number, end: number): boolean {
    let node = 0;
    if (this.values[0] !== undefined) return true;
    for (let k = start; k < end; k++) {
      const lower = lowerCodeUnit(text.charCodeAt(k));
      if (lower < 0) return true;
      node = this.nodes.child(node, lower);
      if (node === 0) return false;
      if (this.values[node] !== undefined) return true;
    }
    return false;
  }
}

/** A {@link LatinWordMap} that only tells whether a word is in it. */
export class LatinWordSet extends LatinWordMap<true> {
  /** `words` must be lower case (as `toLowerCase` gives them). */
  constructor(words: Iterable<string>) {
    super(Array.from(words, (word) => [word, true] as const));
  }
}
