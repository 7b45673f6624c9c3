import { describe, expect, it } from 'vitest';
import { LatinWordMap, LatinWordSet } from './latin-word-set.js';

const WORDS = ['a', 'an', 'mai', 'märz', 'mär', 'fr.', 'do-it', 'i\u0307stanbul', 'ÿes', 'straße'];

/** What the tables must answer: the word cut out and lower-cased, looked up in a plain map. */
function reference(text: string, start: number, end: number): number | undefined {
  const index = WORDS.indexOf(text.slice(start, end).toLowerCase());
  return index < 0 ? undefined : index;
}

function referenceMayStart(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  return WORDS.some((w) => word.startsWith(w));
}

describe('LatinWordMap', () => {
  const map = new LatinWordMap(WORDS.map((word, index) => [word, index] as const));
  const set = new LatinWordSet(WORDS);

  it.each([
    ['A', 0],
    ['An', 1],
    ['MAI', 2],
    ['März', 3],
    ['MÄRZ', 3],
    ['Fr.', 5],
    ['Do-It', 6],
    ['İstanbul', 7],
    ['ŸES', 8],
    ['Straße', 9],
    ['ma', undefined],
    ['märzen', undefined],
    ['Mo', undefined],
    ['', undefined],
  ])('reads %j without cutting it out', (word, value) => {
    const text = ` ${word} `;
    expect(map.get(text, 1, 1 + word.length)).toBe(value);
    expect(set.has(text, 1, 1 + word.length)).toBe(value !== undefined);
  });

  it('answers as the cut-out, lower-cased word does, for every span of mixed text', () => {
    const text = 'Am 3. MÄRZ, mai-Do-It fr. İstanbul Straße ŸES marzipan anmai';
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= Math.min(text.length, start + 10); end++) {
        const expected = reference(text, start, end);
        expect(map.get(text, start, end), `${start}-${end}`).toBe(expected);
        expect(set.has(text, start, end), `${start}-${end}`).toBe(expected !== undefined);
        // mayStartWithWord may say yes wrongly only at a letter without one fixed lower case ("İ").
        if (!text.slice(start, end).includes('İ')) {
          expect(set.mayStartWithWord(text, start, end), `${start}-${end}`).toBe(
            referenceMayStart(text, start, end),
          );
        }
      }
    }
  });
});
