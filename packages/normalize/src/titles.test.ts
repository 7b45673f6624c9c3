import type { Language } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { isTitleWord, TITLE_WORDS } from './titles.js';

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

/** The rule as first written, on the lower-cased word, to check the character-code reading against. */
function titleByRule(word: string, language: Language): boolean {
  const w = word.toLowerCase();
  const titles = language === 'en' ? TITLE_WORDS.en : [...TITLE_WORDS[language], ...TITLE_WORDS.en];
  const afterHyphen = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : '';
  if (titles.some((t) => t === w || (afterHyphen !== '' && t === afterHyphen))) return true;
  if (language === 'en') return false;
  if (language === 'de' && ['halbleiter', 'supraleiter', 'lautsprecher'].some((t) => w.endsWith(t)))
    return false;
  const minLength = language === 'de' ? 4 : 2;
  const ends = TITLE_WORDS[language].filter((t) => t.length >= minLength);
  return ends.some((t) => new RegExp(`.${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u').test(w));
}

describe('isTitleWord on random words', () => {
  it('gives the answers of the rule on the lower-cased word', () => {
    let seed = 20261122;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % n;
    };
    const titles = [...TITLE_WORDS.en, ...TITLE_WORDS.de, ...TITLE_WORDS.ko];
    const pieces = [
      '-',
      'x-',
      '\n',
      '\u2028',
      ' ',
      'Konzern',
      'SK',
      'Halb',
      'leiter',
      'Laut',
      '\u0130',
      '\u212a',
      '\u03a3',
      '\ud83d',
      '\ude00',
      'ß',
      'Ä',
      '회',
      '장',
    ];
    for (let n = 0; n < 5000; n++) {
      let word = '';
      for (let k = 1 + random(3); k > 0; k--) {
        const title = titles[random(titles.length)]!;
        const piece =
          random(2) === 0 ? pieces[random(pieces.length)]! : random(2) === 0 ? title.toUpperCase() : title;
        word += piece;
      }
      for (const language of ['en', 'de', 'ko'] as const) {
        expect([word, language, isTitleWord(word, language)]).toEqual([
          word,
          language,
          titleByRule(word, language),
        ]);
      }
    }
  });
});
