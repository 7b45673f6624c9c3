import { describe, expect, it } from 'vitest';
import { detectLanguage, rankLanguages, scoreLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it('tells English from German by function words', () => {
    expect(detectLanguage('The plan includes allocating 50,000 GPUs for public sector use.')).toBe('en');
    expect(detectLanguage('Der Plan umfasst die Zuweisung von 50.000 GPUs für den Sektor.')).toBe('de');
    expect(detectLanguage('Nvidia liefert Chips an Korea und sagt, es sei nicht genug.')).toBe('de');
  });

  it('uses ä ö ü ß when there are no function words', () => {
    expect(detectLanguage('Größere Rechenzentren')).toBe('de');
    expect(detectLanguage('Sovereign AI')).toBe('en');
  });

  it('calls Hangul-dominant text Korean even with Latin acronyms inside', () => {
    expect(detectLanguage('이재명 대통령이 31일 APEC 정상회의장에서 젠슨 황 엔비디아 CEO를 접견했다.')).toBe(
      'ko',
    );
    expect(detectLanguage('The Korean word 한국 means Korea.')).toBe('en');
  });

  it('is undefined without Latin or Hangul letters', () => {
    expect(detectLanguage('260,000 — 50.000 (2025)')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });
});

describe('scoreLanguage', () => {
  it('marks guesses without evidence as not confident', () => {
    expect(scoreLanguage('Introduction')).toMatchObject({ language: 'en', confident: false });
    expect(scoreLanguage('It is the plan of the government.')).toMatchObject({
      language: 'en',
      confident: true,
    });
  });
});

describe('rankLanguages', () => {
  it('puts the heaviest confident language first and adds other confident ones', () => {
    const en = scoreLanguage('The government said that the plan is on track and will be finished.');
    const ko = scoreLanguage('정부는 계획이 순조롭다고 밝혔다.');
    const guess = scoreLanguage('Policies');
    expect(rankLanguages([guess, ko, en, en])).toEqual(['en', 'ko']);
    expect(rankLanguages([undefined])).toEqual([]);
  });
});
