import { describe, expect, it } from 'vitest';
import {
  ENGLISH_WORD,
  ENGLISH_WORDS,
  functionWordLanguage,
  GERMAN_WORD,
  GERMAN_WORDS,
  LONGEST_FUNCTION_WORD,
  NO_FUNCTION_WORD,
  packWord,
  WORD_ALPHABET,
} from './function-words.js';

/** What the word lists say of `word`, German first. */
function expected(word: string): number {
  if (GERMAN_WORDS.includes(word)) return GERMAN_WORD;
  return ENGLISH_WORDS.includes(word) ? ENGLISH_WORD : NO_FUNCTION_WORD;
}

describe('functionWordLanguage', () => {
  it('finds every listed word in its language', () => {
    for (const word of GERMAN_WORDS) expect(functionWordLanguage(packWord(word)), word).toBe(GERMAN_WORD);
    for (const word of ENGLISH_WORDS) expect(functionWordLanguage(packWord(word)), word).toBe(expected(word));
  });

  it('answers as the lists for every word of up to three letters, and for longer near misses', () => {
    const letters = [...WORD_ALPHABET];
    const wrong: string[] = [];
    const check = (word: string): void => {
      if (functionWordLanguage(packWord(word)) !== expected(word)) wrong.push(word);
    };
    for (const a of letters) {
      check(a);
      for (const b of letters) {
        check(a + b);
        for (const c of letters) check(a + b + c);
      }
    }
    for (const word of [...GERMAN_WORDS, ...ENGLISH_WORDS]) {
      for (const c of letters) {
        check(word + c);
        check(c + word);
        check(word.slice(1) + c);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('packs every function word exactly: at most 10 letters, all of the alphabet', () => {
    expect(LONGEST_FUNCTION_WORD).toBeLessThanOrEqual(10);
    for (const word of [...GERMAN_WORDS, ...ENGLISH_WORDS]) {
      expect(
        [...word].every((ch) => WORD_ALPHABET.includes(ch)),
        word,
      ).toBe(true);
    }
  });
});
