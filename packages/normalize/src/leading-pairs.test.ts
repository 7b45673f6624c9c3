import { describe, expect, it } from 'vitest';
import { latinWordEnd } from './char-class.js';
import { LeadingPairs } from './leading-pairs.js';

const WHOLE = ['a', 'an', 'one', 'us$', 'u.s.$', 'ÿes', 'i\u0307x'];
const PREFIXES = ['e', 'zwei', 'fünf', 'straße'];

/** Every Latin word of one to three letters from a small alphabet of ASCII, accented and odd letters. */
function* words(): Generator<string> {
  const letters = [
    'a',
    'A',
    'n',
    'N',
    'o',
    'u',
    'U',
    'S',
    'e',
    'E',
    'z',
    'w',
    'f',
    'ü',
    'Ü',
    'ÿ',
    'Ÿ',
    'İ',
    'x',
    'ß',
  ];
  for (const a of letters) {
    yield a;
    for (const b of letters) {
      yield a + b;
      for (const c of letters) yield a + b + c;
    }
  }
}

describe('LeadingPairs', () => {
  const pairs = new LeadingPairs().add(WHOLE, false).add(PREFIXES, true);

  it('never turns away a word of the list or one starting with a prefix', () => {
    for (const word of [...words(), 'One', 'ZWEIundzwanzig', 'FÜNF', 'Straßen', 'Ÿes', 'İx']) {
      const text = `(${word}.`;
      const end = latinWordEnd(text, 1);
      expect(end).toBe(1 + word.length);
      const lower = word.toLowerCase();
      const listed = WHOLE.includes(lower) || PREFIXES.some((prefix) => lower.startsWith(prefix));
      if (listed) expect(pairs.mayMatch(text, 1, end), word).toBe(true);
    }
  });

  it.each([
    ['a', true],
    ['A', true],
    ['as', false],
    ['and', true],
    ['on', true],
    ['once', true],
    ['of', false],
    ['US', true],
    ['U', true],
    ['Unternehmen', false],
    ['Einer', true],
    ['zwar', true],
    ['zeit', false],
    ['für', true],
    ['fabrik', false],
    ['Öl', false],
    ['FÜNFTE', true],
    ['Straßen', true],
    ['STRASSE', true],
    ['étage', true],
    ['Über', false],
  ])('answers %j with %j', (word, may) => {
    expect(pairs.mayMatch(` ${word} `, 1, 1 + word.length)).toBe(may);
  });
});
