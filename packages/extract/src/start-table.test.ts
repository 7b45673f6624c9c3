import type { LangPatterns } from '@dealbrief/core';
import { foldForMatching } from '@dealbrief/normalize';
import { describe, expect, it } from 'vitest';
import { compilePhraseGate, gateStarts, matchStarts, preparePhraseGate } from './phrase-gate.js';
import { startTableOf } from './start-table.js';
import { seededRandom } from './test-random.js';
import { loadSeedDocuments, loadTestProfile } from './test-seeds.js';

const LANGUAGES = ['en', 'de', 'ko'] as const;

/** Whether the table lets a match start at the beginning of `text`. */
function mayStart(pattern: RegExp, text: string): boolean {
  const table = startTableOf(pattern)!;
  const id = (i: number) => (i < text.length ? table.ids[text.charCodeAt(i)]! : 0);
  return table.cells[(id(0) * table.width + id(1)) * table.width + id(2)] !== 0;
}

describe('startTableOf', () => {
  it('lets through the first three code units of every alternative, and nothing else', () => {
    const pattern = /(?:robotics)|(?:AI hub)|(?:H100)/giu;
    for (const text of ['robotics', 'rob', 'ai hub', 'AI ', 'h10'])
      expect(mayStart(pattern, text), text).toBe(true);
    for (const text of ['roll', 'a hub', 'H2', 'x', '']) expect(mayStart(pattern, text), text).toBe(false);
  });

  it('folds as /iu folds: K, k and KELVIN SIGN; s and LONG S; ß and ẞ', () => {
    const pattern = /kit|ssx|ßy/giu;
    for (const text of ['KIT', 'kit', '\u212Ait', 'SSX', '\u017Fsx', 's\u017Fx', 'ßy', 'ẞy']) {
      expect(mayStart(pattern, text), text).toBe(true);
    }
    for (const text of ['kat', 'sx', 'sy']) expect(mayStart(pattern, text), text).toBe(false);
  });

  it('reads through look-arounds and edges, optional prefixes and repetitions', () => {
    const pattern =
      /(?<![\p{Script=Latin}\p{N}])(?:(?:the )?AI hub)|\b(?<!G)B200(?=x)|(?:ab){2,}|[0-9]{3}/giu;
    for (const text of ['the AI hub', 'ai hub', 'b20', 'aba', '123'])
      expect(mayStart(pattern, text), text).toBe(true);
    for (const text of ['tha', 'ab', 'abb', '12', 'gb2']) expect(mayStart(pattern, text), text).toBe(false);
  });

  it('ends a prefix where the pattern may end: a one-letter match needs no second code unit', () => {
    expect(mayStart(/xy|z/giu, 'z')).toBe(true);
    expect(mayStart(/xy|z/giu, 'zq')).toBe(true);
    expect(mayStart(/xy|z/giu, 'x')).toBe(false);
  });

  it('gives no table where a match may start with any code unit, be empty, or reorder groups', () => {
    for (const pattern of [
      /a?/giu, // nullable
      /a|/giu, // an empty alternative
      /.b/giu, // any
      /[^a]b/giu, // negated class
      /\p{L}x/giu, // a property
      /\Sx/giu, // a negated escape
      /😀x/giu, // astral
      /[\uD800-\uDBFF]/giu, // surrogates
      /(a)b\1/giu, // a back-reference, even past the start
      /(?:ab)*/giu, // nullable repetition
      /abc/gi, // not a u pattern
    ]) {
      expect(startTableOf(pattern), String(pattern)).toBeNull();
    }
  });

  it('relies on a fact of /iu folding: no astral code point folds to a BMP one', () => {
    const bmp = /^[\0-\uD7FF\uE000-\uFFFF]$/iu;
    const folded: number[] = [];
    for (let cp = 0x10000; cp <= 0x10ffff; cp++) if (bmp.test(String.fromCodePoint(cp))) folded.push(cp);
    expect(folded).toEqual([]);
  });
});

describe('gateStarts', () => {
  const profile = loadTestProfile();
  const sentences = loadSeedDocuments().flatMap((d) => foldForMatching(d.text).split(/(?<=[.!?다,;])\s+/u));
  const next = seededRandom(11);
  const alphabet = [
    'a',
    'I',
    ' ',
    'K',
    '\u212A',
    '\u017F',
    's',
    'ß',
    '호',
    '퍼',
    '블',
    '-',
    '3',
    'H',
    '1',
    '0',
    '😀',
    'x',
  ];
  const random = Array.from({ length: 400 }, () =>
    Array.from(
      { length: Math.floor(next() * 12) },
      () => alphabet[Math.floor(next() * alphabet.length)],
    ).join(''),
  );
  const lists: LangPatterns[] = [
    ...profile.fields.flatMap((f) => (f.vocabulary ?? []).map((v) => v.patterns)),
    ...profile.fields.flatMap((f) => (f.cues === undefined ? [] : [f.cues])),
  ];

  it('lists what matchStarts lists, for the profile’s vocabulary and cue gates', () => {
    const plain: number[] = [];
    const filtered: number[] = [];
    let tables = 0;
    let found = 0;
    for (const language of LANGUAGES) {
      const united = { en: [], de: [], ko: [], [language]: lists.flatMap((l) => l[language] ?? []) };
      for (const patterns of [united as LangPatterns, ...lists]) {
        const gate = preparePhraseGate(compilePhraseGate(patterns, language));
        if (gate === null) continue;
        if (gate.starts !== null) tables++;
        for (const text of [...sentences, ...random]) {
          const count = matchStarts(gate.pattern, text, plain);
          expect(filtered.slice(0, gateStarts(gate, text, filtered)), text).toEqual(plain.slice(0, count));
          found += count;
        }
      }
    }
    expect(tables).toBeGreaterThan(0);
    expect(found).toBeGreaterThan(0);
  });
});
