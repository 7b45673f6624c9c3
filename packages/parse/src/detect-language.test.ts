import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  type LanguageScore,
  rankLanguages,
  scoreLanguage,
  scoreLanguageIn,
} from './detect-language.js';
import { normalizeParagraphKey } from './find-duplicates.js';

/** The scoring as first written (regexes, the whole text lower-cased), to check the one-pass reading against. */
function referenceScore(text: string) {
  const german = new Set(
    'der die das den dem des und nicht mit für sich ist sind ein eine einer eines einem einen auf im zu zum zur von vom bei auch als wird werden wurde wurden hat haben oder aber dass daß wie nach über um vor aus sie er es wir ich ihr sein seine noch nur schon kann können diese dieser dieses sowie sagte einen ihre ihren unter zwischen gegen durch bis seit mehr beim'.split(
      ' ',
    ),
  );
  const english = new Set(
    'the and of to is are was were that with for this it on by from as at be has have had which its their not or but said would been they he she we you our his her these those will can could into than also about after over more new who what when where while such other'.split(
      ' ',
    ),
  );
  let hangul = 0;
  let latin = 0;
  let germanLetters = 0;
  for (const ch of text.split('')) {
    const c = ch.charCodeAt(0);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c < 0xc0) continue;
    else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f))
      hangul++;
    else if (/\p{Script=Latin}/u.test(ch)) {
      latin++;
      if ('äöüßÄÖÜẞ'.includes(ch)) germanLetters++;
    }
  }
  if (hangul === 0 && latin === 0) return undefined;
  if (hangul * 2 >= latin) return { language: 'ko', weight: hangul * 2 + latin, confident: hangul >= 2 };
  let de = Math.min(germanLetters, 3) * 0.5;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (word.length > 8) continue;
    if (german.has(word)) de++;
    else if (english.has(word)) en++;
  }
  const weight = hangul * 2 + latin;
  if (de > en) return { language: 'de', weight, confident: de >= 2 };
  return { language: 'en', weight, confident: en >= 2 && en > de };
}

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

  it('gives a text in one language that language, confident or not', () => {
    const guess = scoreLanguage('Policies');
    const ko = scoreLanguage('정부는 계획이 순조롭다고 밝혔다.');
    expect(rankLanguages([undefined, guess, undefined, guess])).toEqual(['en']);
    expect(rankLanguages([ko, undefined, ko])).toEqual(['ko']);
    expect(rankLanguages([])).toEqual([]);
  });

  it('ranks mixed texts as sorting the weight totals does (ties by language code)', () => {
    /** Reference: totals summed in a map, sorted by weight then code; the heaviest confident one first. */
    const reference = (scores: (LanguageScore | undefined)[]): string[] => {
      const totals = new Map<string, number>();
      const confident = new Set<string>();
      for (const score of scores) {
        if (score === undefined) continue;
        totals.set(score.language, (totals.get(score.language) ?? 0) + score.weight);
        if (score.confident) confident.add(score.language);
      }
      const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const main = ranked.find(([language]) => confident.has(language))?.[0] ?? ranked[0]?.[0];
      if (main === undefined) return [];
      return [main, ...ranked.map(([language]) => language).filter((l) => l !== main && confident.has(l))];
    };
    const languages = ['en', 'de', 'ko'] as const;
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let trial = 0; trial < 2000; trial++) {
      const scores: (LanguageScore | undefined)[] = [];
      const count = next(6);
      for (let k = 0; k < count; k++) {
        scores.push(
          next(5) === 0
            ? undefined
            : { language: languages[next(3)]!, weight: 1 + next(4), confident: next(2) === 0 },
        );
      }
      expect(rankLanguages(scores), JSON.stringify(scores)).toEqual(reference(scores));
    }
  });
});

describe('lower-casing, as scanParagraph relies on it', () => {
  it('keeps every code point but U+0130 as long and as much a letter, and is idempotent', () => {
    const letter = /^\p{L}$/u;
    const changed: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const lower = ch.toLowerCase();
      const same = lower.length === ch.length && letter.test(lower) === letter.test(ch);
      if (!same || lower.toLowerCase() !== lower) changed.push(cp);
    }
    expect(changed).toEqual([0x130]);
  });

  it('reads function words after "İ" as in the lower-cased text', () => {
    expect(scoreLanguage('İstanbul: the plan is that the firm will')).toMatchObject({
      language: 'en',
      confident: true,
    });
    expect(scoreLanguage('DIE FIRMA UND DER STAAT')).toMatchObject({ language: 'de', confident: true });
  });
});

describe('scoreLanguage against the first, regex-based scoring', () => {
  it('agrees on random mixtures of words, cases, umlauts, Hangul, astral letters and odd characters', () => {
    const pieces = [
      'the',
      'THE',
      'The',
      'und',
      'UND',
      'für',
      'FÜR',
      'über',
      'Über',
      'daß',
      'DASS',
      'ẞ',
      'İ',
      'İst',
      'ist',
      'of',
      'to',
      'zwischen',
      'ZWISCHEN',
      'zwischenzeit',
      'Kelvin',
      '\u212a',
      'an',
      'a',
      'Σ',
      'ΣΑΣ',
      '𝐀',
      '𝐚nd',
      '😀',
      '\ud835',
      '\udc00',
      'Ⅰ',
      'ǅ',
      'ﬀ',
      '한국',
      '다',
      'ᄀ',
      'ㄱ',
      '\u318f',
      '’',
      '-',
      ' ',
      '\n',
      '.',
      '1',
      'é',
      'ÄÖÜ',
      'ǰ',
      'ŉ',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const count = 1 + (next() % 12);
      for (let k = 0; k < count; k++) text += pieces[next() % pieces.length]! + (next() % 3 === 0 ? '' : ' ');
      expect(scoreLanguage(text), JSON.stringify(text)).toEqual(referenceScore(text));
      expect(scoreLanguage(normalizeParagraphKey(text)), JSON.stringify(text)).toEqual(referenceScore(text));
    }
  });
});

describe('scoreLanguage and whitespace', () => {
  it('scores texts alike that differ only in whitespace (parseDocument reuses a repeat’s score)', () => {
    const texts = [
      'The plan  is\tthat the firm will',
      ' Der Plan\u00a0und die\u3000Firma ',
      '이재명 대통령이\n\n31일 APEC',
      'İstanbul\u2028is the\u205fplan',
      '𝐀nd\u1680the 😀 of',
    ];
    for (const text of texts) {
      expect(scoreLanguage(text)).toEqual(scoreLanguage(normalizeParagraphKey(text)));
    }
  });
});

describe('scoreLanguageIn', () => {
  it('scores a range in place as scoreLanguage scores its slice, a surrogate pair cut at an end too', () => {
    const text = 'Der Plan 𝐀nd the 😀 İst und das한국어 데이터 der 𝐀';
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        expect(scoreLanguageIn(text, start, end), `${start}-${end}`).toEqual(
          scoreLanguage(text.slice(start, end)),
        );
      }
    }
  });
});
