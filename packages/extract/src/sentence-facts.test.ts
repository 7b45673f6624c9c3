import { CodePointIndex } from '@dealbrief/core';
import { parseDocument } from '@dealbrief/parse';
import { describe, expect, it } from 'vitest';
import { hasMatch } from './compile-patterns.js';
import { compileAll } from './compile-profile.js';
import { paragraphHasMatch } from './sentence-facts.js';
import { viewSentences } from './sentence-view.js';

const TEXT = [
  'Nvidia will supply GPUs to Korea. About 50,000 units go to the government.',
  'Samsung will build a factory. It opens in 2027. The plant is in Pyeongtaek.',
  'Nvidia will supply GPUs to Korea. About 50,000 units go to the government.',
].join('\n\n');

function views() {
  const { document } = parseDocument({ file: 'facts.txt', bytes: new TextEncoder().encode(TEXT) });
  if (!document) throw new Error('not parsed');
  return viewSentences(document, new CodePointIndex(document.text));
}

describe('paragraphHasMatch', () => {
  it('shares one facts object between the sentences of a paragraph, and only those', () => {
    const sentences = views();
    // The third paragraph repeats the first, so it has no views.
    expect(new Set(sentences.map((s) => s.paragraph))).toEqual(new Set([0, 1]));
    expect(sentences.length).toBeGreaterThanOrEqual(4);
    for (const a of sentences)
      for (const b of sentences)
        expect(a.paragraphFacts === b.paragraphFacts).toBe(a.paragraph === b.paragraph);
  });

  it("answers what hasMatch answers on the paragraph's text, asked in any order and again", () => {
    const patterns = [
      ...Object.values(compileAll({ en: ['GPUs?', 'units?'], de: ['GPUs?'], ko: [] })),
      ...Object.values(compileAll({ en: ['factory', 'plant'], de: [], ko: [] })),
      ...Object.values(compileAll({ en: ['nothing here'], de: [], ko: [] })),
    ];
    const sentences = views();
    const answers = new Set<boolean>();
    for (const round of [0, 1])
      for (const sentence of round === 0 ? sentences : [...sentences].reverse())
        for (const pattern of patterns) {
          const answer = paragraphHasMatch(sentence, pattern);
          expect(answer).toBe(hasMatch(pattern, sentence.paragraphText));
          answers.add(answer);
        }
    expect(answers).toEqual(new Set([true, false]));
  });
});
