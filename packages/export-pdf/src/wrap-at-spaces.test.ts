import { describe, expect, it } from 'vitest';
import { createDocument } from './create-document.js';
import { TEST_BRIEFING } from './test-briefing.js';
import { STYLE } from './text-blocks.js';
import { wrapAtSpaces } from './wrap-at-spaces.js';

const doc = createDocument(TEST_BRIEFING, 'A4');
doc.font(STYLE.body.font).fontSize(STYLE.body.size);

describe('wrapAtSpaces', () => {
  it('breaks only at spaces, keeping hyphenated words whole', () => {
    const text =
      'people “Samsung Electronics-Vorsitzender Lee Jae-yong” and “SK Group-Vorsitzender Chey Tae-won”';
    const lines = wrapAtSpaces(doc, text, 150);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(doc.widthOfString(line)).toBeLessThanOrEqual(150);
    expect(lines.some((line) => line.endsWith('-'))).toBe(false);
  });

  it('splits a word wider than a line by code point, losing nothing', () => {
    const korean = '엔비디아가한국정부와기업들에최신그래픽처리장치를공급하기로했다'.repeat(3);
    const lines = wrapAtSpaces(doc, korean, 120);
    expect(lines.join('')).toBe(korean);
    for (const line of lines) expect(doc.widthOfString(line)).toBeLessThanOrEqual(120);
  });

  it('keeps hard line breaks', () => {
    expect(wrapAtSpaces(doc, 'a b\nc', 400)).toEqual(['a b', 'c']);
  });
});
