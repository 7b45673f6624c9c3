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

describe('isTitleWord on odd input (read from the end in character codes, as the lower-cased word)', () => {
  it.each([
    ['Bundes\u212aanzler', 'de', true], // Kelvin sign: lower case "k"
    ['Halb-Leiter', 'de', true], // the part after the hyphen is a title
    ['Halbleiter', 'de', false],
    ['Konzern-Lautsprecher', 'de', false],
    ['Lautsprecher-Sprecher', 'de', true],
    ['Konzern\nchef', 'de', false], // a compound needs a character before the title that is no line break
    ['x\u2028chef', 'de', false],
    ['\u{1F600}chef', 'de', true],
    ['\ud83dchef', 'de', true], // a lone surrogate
    ['Konzernchef\ud83d', 'de', false],
    ['\u0130CEO', 'en', false], // "İ" lower-cases to two code units
    ['\u03a3-ceo', 'en', true], // "Σ" lower-cases after its neighbours
    ['SK-', 'ko', false],
    ['SKCEO', 'ko', false],
    ['x-CEO', 'ko', true],
    ['Co-Founder', 'en', true],
    ['', 'en', false],
  ] as const)('%j in %s: %s', (word, lang, title) => {
    expect(isTitleWord(word, lang)).toBe(title);
  });
});
