/**
 * The nodes of a trie over UTF-16 code units, for the word tables that are walked one character code
 * at a time (`LatinWordMap`, `TitleEndings`). Children by the letters "a"-"z", which nearly every step
 * takes, sit in a flat table; children by any other code ("ä", "ß", "-", Hangul) in a map. The trie
 * only holds the shape: each user keeps what a node means in its own array indexed by node.
 */

/** Children by letter per node in {@link TrieNodes.letterTable}: node `n`'s child by letter `l` (0 for "a") is at `n * LETTERS + l`. */
export const LETTERS = 26;
const SMALL_A = 0x61;

export class TrieNodes {
  /** Children by letter: `letters[node * LETTERS + letter]` (0: none; node 0, the root, is nobody's child). */
  private letters = new Int32Array(LETTERS * 64);
  /** Children by other code units, keyed `node * 0x10000 + code`. */
  private readonly others = new Map<number, number>();
  private count = 1;

  /** How many nodes there are, the root (node 0) included; nodes are numbered in the order added. */
  get size(): number {
    return this.count;
  }

  /**
   * The children by the letters "a"-"z" as one flat table, `table[node * LETTERS + letter]` (0: none), for
   * walks that read it directly. Adding nodes may replace the table: take it once the trie is built.
   */
  get letterTable(): Int32Array {
    return this.letters;
  }

  /** The child of `node` by the code unit `code`, or 0 when there is none. */
  child(node: number, code: number): number {
    const letter = code - SMALL_A;
    if (letter >= 0 && letter < LETTERS) return this.letters[node * LETTERS + letter] ?? 0;
    return this.others.get(node * 0x10000 + code) ?? 0;
  }

  /** The child of `node` by the code unit `code`, added (as node `size`) when there is none yet. */
  add(node: number, code: number): number {
    const found = this.child(node, code);
    if (found !== 0) return found;
    const added = this.count++;
    if (this.letters.length < this.count * LETTERS) {
      const grown = new Int32Array(this.letters.length * 2);
      grown.set(this.letters);
      this.letters = grown;
    }
    const letter = code - SMALL_A;
    if (letter >= 0 && letter < LETTERS) this.letters[node * LETTERS + letter] = added;
    else this.others.set(node * 0x10000 + code, added);
    return added;
  }
}
