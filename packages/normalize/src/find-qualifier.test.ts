import type { Language, Qualifier } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers.js';
import { findQualifier } from './find-qualifier.js';

/** [language, sentence, expected qualifier, expected qualifier words]; the first number of the sentence is qualified. */
type Case = readonly [Language, string, Qualifier, string];

function qualify(language: Language, sentence: string) {
  const first = findNumbers(sentence, language)[0];
  if (!first) throw new Error(`no number in ${sentence}`);
  return findQualifier(sentence, first, language);
}

const CASES: Case[] = [
  ['en', 'deploy up to 260,000 graphics processing units', 'up_to', 'up to'],
  ['en', 'as many as 260,000 GPUs', 'up_to', 'as many as'],
  ['en', 'as much as $5 trillion', 'up_to', 'as much as'],
  ['en', 'a maximum of 50 units', 'up_to', 'a maximum of'],
  ['en', 'no more than 50 units', 'up_to', 'no more than'],
  ['en', 'fewer than 50 units', 'up_to', 'fewer than'],
  ['en', 'secure over 260,000 of the GPUs', 'more_than', 'over'],
  ['en', 'more than a quarter\u2011million GPUs', 'more_than', 'more than'],
  ['en', 'more\u00a0than 50,000 units', 'more_than', 'more\u00a0than'],
  ['en', 'in excess of 50,000 units', 'more_than', 'in excess of'],
  ['en', 'upwards of 50,000 units', 'more_than', 'upwards of'],
  ['en', 'north of 50,000 units', 'more_than', 'north of'],
  ['en', 'above 50,000 units', 'more_than', 'above'],
  ['en', 'at least 50,000 units', 'at_least', 'at least'],
  ['en', 'no fewer than 50,000 units', 'at_least', 'no fewer than'],
  ['en', 'a minimum of 50,000 units', 'at_least', 'a minimum of'],
  ['en', 'About 50,000 units will be allocated', 'about', 'About'],
  ['en', 'around 200,000 will go to private companies', 'about', 'around'],
  ['en', 'approximately 200,000 GPUs', 'about', 'approximately'],
  ['en', 'roughly 200,000 GPUs', 'about', 'roughly'],
  ['en', 'nearly 200,000 GPUs', 'about', 'nearly'],
  ['en', 'almost 200,000 GPUs', 'about', 'almost'],
  ['en', 'some 200,000 GPUs', 'about', 'some'],
  ['en', 'an estimated 200,000 GPUs', 'about', 'an estimated'],
  ['en', 'close to 200,000 GPUs', 'about', 'close to'],
  ['en', '260,000 or more GPUs', 'more_than', 'or more'],
  ['en', '50,000 GPUs or more', 'more_than', 'or more'],
  ['en', '260,000-plus GPUs', 'more_than', 'plus'],
  ['en', '260,000 plus GPUs', 'more_than', 'plus'],
  ['en', '260,000+ GPUs', 'more_than', '+'],
  ['en', 'about 50,000 GPUs or more', 'more_than', 'or more'],
  ['en', 'receive 250,000 GPUs', 'exact', ''],
  ['en', 'Moreover 250,000 GPUs', 'exact', ''],
  ['en', 'the handsome 250,000 GPUs', 'exact', ''],
  ['en', 'over the next 5 years', 'exact', ''],
  ['de', 'bis zu 260.000 Grafikprozessoren', 'up_to', 'bis zu'],
  ['de', 'maximal 260.000 Chips', 'up_to', 'maximal'],
  ['de', 'höchstens 260.000 Chips', 'up_to', 'höchstens'],
  ['de', 'mehr als 260.000 Chips', 'more_than', 'mehr als'],
  ['de', 'über 260.000 Chips', 'more_than', 'über'],
  ['de', 'mindestens 50.000 Chips', 'at_least', 'mindestens'],
  ['de', 'wenigstens 50.000 Chips', 'at_least', 'wenigstens'],
  ['de', 'rund 50.000 Chips', 'about', 'rund'],
  ['de', 'etwa 50.000 Chips', 'about', 'etwa'],
  ['de', 'ungefähr 50.000 Chips', 'about', 'ungefähr'],
  ['de', 'circa 50.000 Chips', 'about', 'circa'],
  ['de', 'ca. 50.000 Chips', 'about', 'ca.'],
  ['de', 'knapp 50.000 Chips', 'about', 'knapp'],
  ['de', 'fast eine Viertelmillion Chips', 'about', 'fast'],
  ['de', '50.000 Chips oder mehr', 'more_than', 'oder mehr'],
  ['de', 'die Zuweisung von 50.000 GPUs', 'exact', ''],
  ['de', 'gegenüber 50.000 im Vorjahr', 'exact', ''],
  ['de', 'bis 2030', 'exact', ''],
  ['ko', '최대 26만 장', 'up_to', '최대'],
  ['ko', '30만 개 이상의 GPU', 'more_than', '이상'],
  ['ko', '30만개 이상', 'more_than', '이상'],
  ['ko', '5만 장 초과', 'more_than', '초과'],
  ['ko', '26만 장을 넘는 GPU', 'more_than', '넘는'],
  ['ko', '26만 장이 넘게', 'more_than', '넘게'],
  ['ko', '5만여 개', 'more_than', '여'],
  ['ko', '5만여개', 'more_than', '여'],
  ['ko', '최소 5만 장', 'at_least', '최소'],
  ['ko', '적어도 5만 장', 'at_least', '적어도'],
  ['ko', '약 5만 장', 'about', '약'],
  ['ko', '약5만 장', 'about', '약'],
  ['ko', '5만 장 가량', 'about', '가량'],
  ['ko', '5만 장가량', 'about', '가량'],
  ['ko', '5만 장 정도', 'about', '정도'],
  ['ko', '20만 장 안팎', 'about', '안팎'],
  ['ko', '대략 20만 장', 'about', '대략'],
  ['ko', '약 30만 개 이상', 'more_than', '이상'],
  ['ko', '최대 30만 개 정도', 'up_to', '최대'],
  ['ko', '계약 5만 건', 'exact', ''],
  ['ko', '5만 여성 근로자', 'exact', ''],
  ['ko', '26만 장을 공급하고 5만 장은 공공에', 'exact', ''],
];

describe('findQualifier', () => {
  it.each(CASES)('%s %j → %s %j', (language, sentence, qualifier, words) => {
    const match = qualify(language, sentence);
    expect(match.qualifier).toBe(qualifier);
    expect(match.text).toBe(words);
    expect(sentence.slice(match.start, match.end)).toBe(words);
  });

  it('returns exact at the number start when nothing qualifies it', () => {
    const text = 'receive 250,000 GPUs';
    expect(findQualifier(text, { start: 8, end: 15 }, 'en')).toEqual({
      qualifier: 'exact',
      start: 8,
      end: 8,
      text: '',
    });
  });

  it('clamps spans outside the text instead of throwing', () => {
    expect(findQualifier('up to 5', { start: 99, end: 120 }, 'en').qualifier).toBe('exact');
    expect(findQualifier('up to 5', { start: -4, end: Number.NaN }, 'en').qualifier).toBe('exact');
    expect(findQualifier('', { start: 0, end: 0 }, 'ko').qualifier).toBe('exact');
  });
});
