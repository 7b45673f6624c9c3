import { describe, expect, it } from 'vitest';
import { compilePatterns, compilePhraseGate, findAll } from './compile-patterns.js';
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
    for (const language of LANGUAGES) {
      for (const patterns of phraseLists) {
        const edged = compilePatterns(patterns, language);
        const gate = compilePhraseGate(patterns, language);
        expect(gate === null).toBe(edged === null);
        if (edged === null || gate === null) continue;
        for (const text of [seedText, ...texts])
          if (findAll(edged, text).length > 0) expect(gate.test(text), text).toBe(true);
      }
    }
  });

  it('also matches inside longer words, where the edged pattern does not', () => {
    const gate = compilePhraseGate({ en: ['robotics'], de: [], ko: [] }, 'en')!;
    expect(gate.test('nanorobotics')).toBe(true);
    expect(findAll(compilePatterns({ en: ['robotics'], de: [], ko: [] }, 'en'), 'nanorobotics')).toEqual([]);
    expect(compilePhraseGate({ en: ['robotics'], de: [], ko: [] }, 'de')).toBeNull();
  });
});
