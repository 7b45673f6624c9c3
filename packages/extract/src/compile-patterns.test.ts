import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePatterns, compilePhraseGate, findAll } from './compile-patterns.js';
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
    const texts = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 })), {
      maxLength: 8,
    });
    for (const language of LANGUAGES) {
      for (const patterns of phraseLists) {
        const edged = compilePatterns(patterns, language);
        const gate = compilePhraseGate(patterns, language);
        expect(gate === null).toBe(edged === null);
        if (edged === null || gate === null) continue;
        if (findAll(edged, seedText).length > 0) expect(gate.test(seedText)).toBe(true);
        fc.assert(
          fc.property(texts, (parts) => {
            const text = parts.join(' ');
            if (findAll(edged, text).length > 0) expect(gate.test(text)).toBe(true);
          }),
          { numRuns: 50, seed: 5 },
        );
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
