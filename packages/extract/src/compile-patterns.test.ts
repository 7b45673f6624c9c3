import type { LangPatterns } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import {
  compilePatterns,
  findAll,
  firstMatch,
  firstMatchAt,
  hasMatch,
  matchesAt,
  stickyCopy,
} from './compile-patterns.js';
import { compilePhraseGate, matchStarts } from './phrase-gate.js';
import { seededRandom } from './test-random.js';
import { loadSeedDocuments, loadTestProfile } from './test-seeds.js';

const LANGUAGES = ['en', 'de', 'ko'] as const;

describe('compilePhraseGate', () => {
  const profile = loadTestProfile();
  const phraseLists = profile.fields.flatMap((f) => (f.vocabulary ?? []).map((v) => v.patterns));
  const seedText = loadSeedDocuments()
    .map((d) => d.text)
    .join('\n');

  it('matches wherever the edged pattern matches: a gate that never hides a phrase', () => {
    const words = [
      'Blackwell',
      'robotics',
      'AI hub',
      'MoU',
      'KI-Robotik',
      '블랙웰',
      'digital twin',
      'x',
      '-',
      '3',
    ];
    const glue = ['', ' ', '-', 'a', 'ü', '2'];
    const next = seededRandom(5);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    // Random mixes of phrase words and glue: matches at, inside and across word edges.
    const texts = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + Math.floor(next() * 7) }, () => pick(words) + pick(glue)).join(pick(glue)),
    );
    let matched = 0;
    for (const language of LANGUAGES) {
      for (const patterns of phraseLists) {
        const edged = compilePatterns(patterns, language);
        const gate = compilePhraseGate(patterns, language);
        expect(gate === null).toBe(edged === null);
        if (edged === null || gate === null) continue;
        for (const text of [seedText, ...texts]) {
          if (findAll(edged, text).length === 0) continue;
          expect(hasMatch(gate, text), text).toBe(true);
          matched += 1;
        }
      }
    }
    expect(matched).toBeGreaterThan(0);
  });

  it('also matches inside longer words, where the edged pattern does not', () => {
    const gate = compilePhraseGate({ en: ['robotics'], de: [], ko: [] }, 'en')!;
    expect(gate.test('nanorobotics')).toBe(true);
    expect(findAll(compilePatterns({ en: ['robotics'], de: [], ko: [] }, 'en'), 'nanorobotics')).toEqual([]);
    expect(compilePhraseGate({ en: ['robotics'], de: [], ko: [] }, 'de')).toBeNull();
  });
});

describe('hasMatch', () => {
  it('says what findAll(…).length > 0 says, skipping empty matches as findAll does', () => {
    const optional = /(?:GPUs?)?/giu; // matches the empty string everywhere
    expect(findAll(optional, 'no chips here')).toEqual([]);
    expect(hasMatch(optional, 'no chips here')).toBe(false);
    expect(hasMatch(optional, 'some GPUs')).toBe(true);
    expect(hasMatch(/(?:)/gu, '한국 GPU')).toBe(false);
    expect(hasMatch(null, 'GPUs')).toBe(false);
    expect(hasMatch(compilePatterns({ en: ['robotics'], de: [], ko: [] }, 'en'), 'nanorobotics')).toBe(false);
  });

  it('agrees with findAll for every profile pattern on the seeds and random text', () => {
    const profile = loadTestProfile();
    const lists = profile.fields.flatMap((f) => [
      ...(f.vocabulary ?? []).map((v) => v.patterns),
      ...(f.cues ? [f.cues] : []),
    ]);
    const sentences = loadSeedDocuments().flatMap((d) => d.text.split(/(?<=[.!?다])\s+/u));
    const next = seededRandom(11);
    const noise = Array.from({ length: 200 }, () =>
      Array.from(
        { length: 1 + Math.floor(next() * 12) },
        () => 'aGP U-ü3 ,.한'[Math.floor(next() * 13)],
      ).join(''),
    );
    let agreed = 0;
    for (const language of LANGUAGES)
      for (const patterns of lists) {
        const pattern = compilePatterns(patterns, language);
        for (const text of [...sentences, ...noise]) {
          expect(hasMatch(pattern, text), text).toBe(findAll(pattern, text).length > 0);
          agreed += 1;
        }
      }
    expect(agreed).toBeGreaterThan(1000);
  });
});

describe('findAll from a position', () => {
  it('finds the matches searched from there, with look-behinds seeing the text before it', () => {
    const robotics = compilePatterns({ en: ['robotics'], de: [], ko: [] }, 'en');
    const text = 'xrobotics and robotics, robotics';
    expect(findAll(robotics, text).map((m) => m.start)).toEqual([14, 24]);
    // From 1 the first "robotics" still follows "x", so its left edge still fails.
    expect(findAll(robotics, text, 1).map((m) => m.start)).toEqual([14, 24]);
    expect(findAll(robotics, text, 15).map((m) => m.start)).toEqual([24]);
  });
});

/**
 * Every seed sentence (split by `boundary`) with, per language, the gate of all the lists' phrases and
 * each list's pattern and sticky copy: the cases the gated searches are checked on.
 */
function* gatedCases(lists: LangPatterns[], boundary: RegExp) {
  const sentences = loadSeedDocuments().flatMap((d) => d.text.split(boundary));
  for (const language of LANGUAGES) {
    const united = { en: [], de: [], ko: [], [language]: lists.flatMap((l) => l[language] ?? []) };
    const gate = compilePhraseGate(united as LangPatterns, language);
    if (gate === null) continue;
    for (const patterns of lists) {
      const pattern = compilePatterns(patterns, language);
      const sticky = stickyCopy(pattern);
      for (const text of sentences) yield { gate, pattern, sticky, text };
    }
  }
}

describe('matchStarts and sticky copies', () => {
  it('lists every start of the gate, also inside an earlier match', () => {
    const gate = compilePhraseGate({ en: ['AI robotics', 'robotics'], de: [], ko: [] }, 'en')!;
    const out: number[] = [];
    const count = matchStarts(gate, 'AI robotics and robotics', out);
    expect(out.slice(0, count)).toEqual([0, 3, 16]);
    expect(matchStarts(gate, 'nothing here', out)).toBe(0);
  });

  it('finds what findAll finds when each entry is tried only where the gate matches', () => {
    const lists = loadTestProfile().fields.flatMap((f) => (f.vocabulary ?? []).map((v) => v.patterns));
    const out: number[] = [];
    let found = 0;
    for (const { gate, pattern, sticky, text } of gatedCases(lists, /(?<=[.!?다])\s+/u)) {
      if (pattern === null || sticky === null) continue;
      const starts: number[] = [];
      starts.length = matchesAt(sticky, text, out, matchStarts(gate, text, out), starts, []);
      expect(starts, text).toEqual(findAll(pattern, text).map((m) => m.start));
      found += starts.length;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('finds what firstMatch finds when a field’s cues are tried only where their gate matches', () => {
    const lists = loadTestProfile().fields.flatMap((f) => (f.cues === undefined ? [] : [f.cues]));
    const out: number[] = [];
    let found = 0;
    for (const { gate, pattern, sticky, text } of gatedCases(lists, /(?<=[.!?다,;])\s+/u)) {
      const first = firstMatchAt(sticky, text, out, matchStarts(gate, text, out));
      expect(first, text).toEqual(firstMatch(pattern, text));
      if (first !== undefined) found++;
    }
    expect(found).toBeGreaterThan(0);
  });
});
