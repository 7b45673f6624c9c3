import { describe, expect, it } from 'vitest';
import { isTitleWord } from './titles.js';

describe('isTitleWord', () => {
  it.each([
    ['Chairman', 'en'],
    ['CEO', 'en'],
    ['president', 'en'],
    ['Präsident', 'de'],
    ['Aufsichtsratsvorsitzender', 'de'],
    ['Electronics-Vorsitzender', 'de'],
    ['Nvidia-CEO', 'de'],
    ['회장', 'ko'],
    ['SK회장', 'ko'],
    ['네이버이사회의장', 'ko'],
    ['최고경영자', 'ko'],
    ['Chair', 'de'],
  ] as const)('%s is a title in %s', (word, lang) => {
    expect(isTitleWord(word, lang)).toBe(true);
  });
  it.each([
    ['Samsung', 'en'],
    ['announced', 'en'],
    ['Unternehmen', 'de'],
    ['Der', 'de'],
    ['삼성전자', 'ko'],
    ['접견', 'ko'],
  ] as const)('%s is not a title in %s', (word, lang) => {
    expect(isTitleWord(word, lang)).toBe(false);
  });
});
