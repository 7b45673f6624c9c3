import { CodePointIndex } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segment-sentences.js';

function sentences(text: string): string[] {
  const index = new CodePointIndex(text);
  return segmentSentences(text).map((s) => index.slice(s.start, s.end));
}

describe('segmentSentences', () => {
  it('splits English sentences, keeping closing quotes with their sentence', () => {
    expect(sentences('He said, "It works." Then he left! Did he? Yes.')).toEqual([
      'He said, "It works."',
      'Then he left!',
      'Did he?',
      'Yes.',
    ]);
  });

  it('does not split after English abbreviations, initials and decimals', () => {
    const text =
      'Huang spoke on Oct. 31 in Gyeongju. Mr. Lee and Dr. Kim met U.S. officials on Nov. 3 at 9 a.m. ' +
      'Samsung Electronics Co. Chairman Lee Jae-yong joined. Nvidia Inc. shares rose 1.5 percent. ' +
      'J. Huang said so. It was No. 1 in the U.S. market.';
    expect(sentences(text)).toEqual([
      'Huang spoke on Oct. 31 in Gyeongju.',
      'Mr. Lee and Dr. Kim met U.S. officials on Nov. 3 at 9 a.m. Samsung Electronics Co. Chairman Lee Jae-yong joined.',
      'Nvidia Inc. shares rose 1.5 percent.',
      'J. Huang said so.',
      'It was No. 1 in the U.S. market.',
    ]);
  });

  it('splits after a year and after a month abbreviation that is not followed by a day', () => {
    expect(sentences('The target is 2030. Nvidia agreed.')).toEqual([
      'The target is 2030.',
      'Nvidia agreed.',
    ]);
  });

  it('does not split German abbreviations, ordinals and dates', () => {
    const text =
      'Am 31. Oktober traf Lee z. B. Huang. Die Gespräche am 3. November, Nr. 5 der Liste, liefen gut. ' +
      'Der 2. Teil folgt bzw. kommt später. Es war im 21. Jahrhundert. Das Datum war der 03.11.2025. Danach ging es weiter.';
    expect(sentences(text)).toEqual([
      'Am 31. Oktober traf Lee z. B. Huang.',
      'Die Gespräche am 3. November, Nr. 5 der Liste, liefen gut.',
      'Der 2. Teil folgt bzw. kommt später.',
      'Es war im 21. Jahrhundert.',
      'Das Datum war der 03.11.2025.',
      'Danach ging es weiter.',
    ]);
  });

  it('splits Korean at 다. and 요. and at 다 before a line break', () => {
    const text =
      '엔비디아는 26만 장을 공급한다. 정부도 환영했어요. 회의는 2025. 11. 3. 열렸다\n다음 회의는 미정이다';
    expect(sentences(text)).toEqual([
      '엔비디아는 26만 장을 공급한다.',
      '정부도 환영했어요.',
      '회의는 2025. 11. 3. 열렸다',
      '다음 회의는 미정이다',
    ]);
  });

  it('does not split before a lower-case continuation', () => {
    expect(sentences('"Really?" she asked. The plan... continues here. Done.')).toEqual([
      '"Really?" she asked.',
      'The plan... continues here.',
      'Done.',
    ]);
  });

  it('keeps sentences inside their paragraph, trimmed, with code-point offsets', () => {
    const text = '😀 One. Two.\n\n  Three 😀.  ';
    const found = segmentSentences(text);
    expect(found).toEqual([
      { start: 0, end: 6, paragraph: 0 },
      { start: 7, end: 11, paragraph: 0 },
      { start: 15, end: 23, paragraph: 1 },
    ]);
  });

  it('accepts paragraph spans from the caller', () => {
    const text = 'Ignore me. Read this. And this.';
    expect(segmentSentences(text, [{ start: 11, end: 31 }])).toEqual([
      { start: 11, end: 21, paragraph: 0 },
      { start: 22, end: 31, paragraph: 0 },
    ]);
  });
});
