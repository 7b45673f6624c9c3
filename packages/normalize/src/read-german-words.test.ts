import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers.js';
import { parseGermanCardinal, parseGermanOrdinal, readGermanWords } from './read-german-words.js';

describe('parseGermanCardinal', () => {
  it.each([
    ['eins', 1],
    ['zwei', 2],
    ['elf', 11],
    ['siebzehn', 17],
    ['dreißig', 30],
    ['dreissig', 30],
    ['sechsundzwanzig', 26],
    ['neunundneunzig', 99],
    ['hundert', 100],
    ['einhundertundeins', null],
    ['zweihundertsechzig', 260],
    ['dreihundertfünfundsechzig', 365],
    ['tausend', 1000],
    ['tausendeins', 1001],
    ['zweihundertsechzigtausend', 260000],
    ['neunhundertneunundneunzigtausendneunhundertneunundneunzig', 999999],
    ['ein', null],
    ['und', null],
    ['zwanzigzwei', null],
    ['hunderthundert', null],
    ['tausendtausend', null],
    ['plan', null],
  ] as const)('%s → %j', (word, expected) => {
    expect(parseGermanCardinal(word)).toBe(expected);
  });
});

describe('parseGermanOrdinal', () => {
  it.each([
    ['erste', 1],
    ['ersten', 1],
    ['zweiter', 2],
    ['dritte', 3],
    ['siebte', 7],
    ['achten', 8],
    ['zwölfte', 12],
    ['zwanzigste', 20],
    ['einundzwanzigsten', 21],
    ['hundertste', 100],
    ['zwanzigte', null],
    ['beste', null],
    ['Liste', null],
    ['Mitte', null],
  ] as const)('%s → %j', (word, expected) => {
    expect(parseGermanOrdinal(word)).toBe(expected);
  });

  it('takes no name an object inherits for an ordinal stem', () => {
    // "constructor" used to be found among the ordinal stems (Object.prototype's constructor) and threw.
    expect(parseGermanOrdinal('constructorte')).toBeNull();
  });
});

describe('readGermanWords', () => {
  it('reads an article only when a magnitude follows', () => {
    expect(readGermanWords('eine Million Chips', 0)).toEqual({
      start: 0,
      end: 12,
      value: 1e6,
      ordinal: false,
    });
    expect(readGermanWords('eine halbe Milliarde', 0)?.value).toBe(5e8);
    expect(readGermanWords('eine halbe Stunde', 0)).toBeNull();
    expect(readGermanWords('eine Firma', 0)).toBeNull();
  });

  it('reads no object property names as fractions after an article', () => {
    // Used to give a number with value NaN (the prototype's "constructor" as a fraction), which
    // findNumbers then dropped; now no number, so findNumbers finds the same (nothing).
    expect(readGermanWords('eine constructor Millionen', 0)).toBeNull();
    expect(findNumbers('eine constructor Millionen', 'de')).toEqual([]);
  });

  it('reads no number, and does not throw, on a word built on a name an object inherits', () => {
    expect(readGermanWords('constructorte', 0)).toBeNull();
  });

  it('reads nothing from a word that starts with "und" (findNumbers skips those words untried)', () => {
    for (const word of ['und', 'Und', 'undzwanzig', 'unddrei', 'undeinhalb', 'undtausend', 'undhundertste']) {
      expect(readGermanWords(`${word} Millionen`, 0), word).toBeNull();
    }
    expect(findNumbers('Umsatz und Gewinn, sechsundzwanzig und dreißig', 'de').map((m) => m.value)).toEqual([
      26, 30,
    ]);
  });

  it('joins a cardinal with the magnitude after it', () => {
    expect(readGermanWords('drei Millionen GPUs', 0)).toEqual({
      start: 0,
      end: 14,
      value: 3e6,
      ordinal: false,
    });
    expect(readGermanWords('zwei Mrd. Euro', 0)?.end).toBe(9);
    expect(readGermanWords('drei Partner', 0)).toEqual({ start: 0, end: 4, value: 3, ordinal: false });
  });
});
