import type { Language, Qualifier } from '@dealbrief/core';
import { expect, it } from 'vitest';
import { findNumbers } from './find-numbers.js';
import { findQualifier } from './find-qualifier.js';

/** [sentence, expected qualifier, expected qualifier words]; the first number of the sentence is qualified. */
export type QualifierCase = readonly [sentence: string, qualifier: Qualifier, words: string];

/** One test per case: the qualifier of the sentence's first number, its words and their span. */
export function testQualifierCases(language: Language, cases: readonly QualifierCase[]): void {
  it.each(cases)(`${language} %j → %s %j`, (sentence, qualifier, words) => {
    const first = findNumbers(sentence, language)[0];
    if (!first) throw new Error(`no number in ${sentence}`);
    const match = findQualifier(sentence, first, language);
    expect([match.qualifier, match.text]).toEqual([qualifier, words]);
    expect(sentence.slice(match.start, match.end)).toBe(words);
  });
}
