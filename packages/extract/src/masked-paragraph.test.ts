import type { Language } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { compileProfile } from './compile-profile.js';
import { readMaskedParagraph } from './masked-paragraph.js';
import type { ParagraphView } from './paragraph-view.js';
import { findQuotations } from './quote-marks.js';
import type { ParagraphFacts, SentenceView } from './sentence-view.js';
import { seededRandom } from './test-random.js';
import { loadTestProfile } from './test-seeds.js';
import { findTitledPeople } from './unknown-names.js';

const compiled = compileProfile(loadTestProfile());

const WORDS = [
  'Samsung',
  'Electronics',
  'Samsung Electronics',
  'Jay',
  'Y.',
  'Jay Y.',
  'Lee',
  'Nvidia',
  'SK',
  'Group',
  'Chairman',
  'President',
  'CEO',
  'Minister',
  'Vorsitzender',
  'Anna',
  'Schmidt',
  'Bae',
  'Kyung-hoon',
  'said',
  'the',
  'and',
  'told',
  'Jensen',
  'Huang',
  'Hyundai',
  'Motor',
  'Co.',
  '“We',
  'will',
  'build',
  'it”',
  '"It',
  'is',
  'done"',
  '„Wir',
  'bauen“',
  "'Yes",
  "no'",
  '-',
  'Über',
  'Müller',
  '\u200bNvidia',
];
const ENDS = ['.', '.', '!', '?', '”', '"', '', ' ', ':', '-'];
const GAPS = [' ', ' ', '  ', '\n', '\u00a0'];

function randomSentence(next: () => number): string {
  const n = 1 + Math.floor(next() * 8);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(next() * WORDS.length)]!);
  return words.join(' ') + ENDS[Math.floor(next() * ENDS.length)]!;
}

/** A sentence of a test paragraph at `start`, its view not yet read (the fields rules fill in lazily). */
function placedSentence(
  sentence: string,
  index: number,
  start: number,
  paragraphText: string,
  paragraphFacts: ParagraphFacts,
  language: Language,
): ParagraphView['sentences'][number] {
  const view: SentenceView = {
    index,
    paragraph: 0,
    language,
    raw: sentence,
    text: sentence,
    paragraphText,
    paragraphFacts,
    utf16Start: start,
    numbers: undefined,
    mentions: undefined,
    clauseMentions: undefined,
    titled: undefined,
  };
  return { view, start, end: start + sentence.length };
}

function randomParagraph(next: () => number, language: Language): ParagraphView {
  const count = 1 + Math.floor(next() * 4);
  let text = next() < 0.2 ? ' ' : '';
  const paragraphFacts: ParagraphFacts = { matches: new Map() };
  const sentences: ParagraphView['sentences'] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) text += next() < 0.1 ? '' : GAPS[Math.floor(next() * GAPS.length)]!;
    const sentence = randomSentence(next);
    sentences.push(placedSentence(sentence, i, text.length, '', paragraphFacts, language));
    text += sentence;
  }
  if (next() < 0.2) text += ' ';
  for (const s of sentences) s.view.paragraphText = text;
  return { paragraph: 0, language, raw: text, text, utf16Start: 0, sentences };
}

function paragraphOf(sentences: readonly string[], gap: string, language: Language): ParagraphView {
  const text = sentences.join(gap);
  const paragraphFacts: ParagraphFacts = { matches: new Map() };
  let start = 0;
  const placed = sentences.map((sentence, index) => {
    const at = placedSentence(sentence, index, start, text, paragraphFacts, language);
    start += sentence.length + gap.length;
    return at;
  });
  return { paragraph: 0, language, raw: text, text, utf16Start: 0, sentences: placed };
}

describe('readMaskedParagraph', () => {
  it('reads the paragraph itself where an alias runs across two sentences', () => {
    // The segmenter may end a sentence inside "Jay Y. Lee"; the paragraph still names him.
    const view = paragraphOf(['Samsung is led by Jay Y.', 'Lee said so.'], ' ', 'en');
    const read = readMaskedParagraph(view, [], compiled);
    expect(read.mentions.map((m) => view.text.slice(m.start, m.end))).toEqual(['Samsung', 'Jay Y. Lee']);
  });

  it('reads the paragraph itself where a title and a name run across two sentences', () => {
    const view = paragraphOf(['They met Science Minister', 'Anna Schmidt spoke.'], ' ', 'en');
    const read = readMaskedParagraph(view, [], compiled);
    expect(read.titled.map((p) => p.name)).toEqual(['Anna Schmidt']);
  });

  it.each(['en', 'de', 'ko'] as const)(
    'finds what the masked paragraph holds, read from its sentences or not (%s)',
    (language) => {
      const next = seededRandom(language.charCodeAt(0));
      for (let round = 0; round < 3000; round++) {
        const view = randomParagraph(next, language);
        const quotations = findQuotations(view.text);
        const read = readMaskedParagraph(view, quotations, compiled);
        const mentions = compiled.matcher.find(read.masked);
        expect(read.mentions, JSON.stringify(view.text)).toEqual(mentions);
        expect(read.titled, JSON.stringify(view.text)).toEqual(
          findTitledPeople(read.masked, language, mentions),
        );
      }
    },
  );
});
