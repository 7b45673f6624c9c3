import { describe, expect, it } from 'vitest';
import { readKoreanNative, readKoreanNumber } from './read-korean-number.js';

describe('readKoreanNumber', () => {
  it.each([
    ['26만 장', '26만', 260000],
    ['6만 5천 개', '6만 5천', 65000],
    ['14조 8000억 원', '14조 8000억', 1.48e13],
    // Regression (property test): a second space used to end the number, leaving "5000만" as a second count.
    ['1조 2000억 5000만 원', '1조 2000억 5000만', 1.2e12 + 5e7],
    ['1억 2000만 5천 명', '1억 2000만 5천', 120005000],
    ['1.5조 원', '1.5조', 1.5e12],
    ['1,000만 명', '1,000만', 1e7],
    ['5천만', '5천만', 5e7],
    ['이십육만 장', '이십육만', 260000],
    ['삼천오백', '삼천오백', 3500],
    ['십만', '십만', 100000],
    ['오만과 편견', '오만', 50000],
  ] as const)('%s reads %s', (text, span, value) => {
    const read = readKoreanNumber(text, 0, 'ko');
    expect(read && text.slice(read.start, read.end)).toBe(span);
    expect(read?.value).toBe(value);
  });

  it.each(['31일', '260,000', '만', '천', '이천', '구조', '일조', '삼성', '오만하다', '만 원'])(
    'gives null for %s',
    (text) => {
      expect(readKoreanNumber(text, 0, 'ko')).toBeNull();
    },
  );

  it('does not cross a space to a number without a unit', () => {
    const read = readKoreanNumber('26만 2025년', 0, 'ko');
    expect(read?.end).toBe(3);
    expect(readKoreanNumber('1억 2000만 2025년', 0, 'ko')).toMatchObject({ end: 8, value: 120000000 });
  });

  it('rejects units out of order', () => {
    expect(readKoreanNumber('5만6만', 0, 'ko')?.end).toBe(2);
    expect(readKoreanNumber('5천6천', 0, 'ko')?.value).toBe(5000);
  });
});

describe('readKoreanNative', () => {
  it('reads native numerals only before a counter', () => {
    expect(readKoreanNative('세 개', 0)).toMatchObject({ value: 3, end: 1, counter: '개' });
    expect(readKoreanNative('두 명의', 0)).toMatchObject({ value: 2, counter: '명' });
    expect(readKoreanNative('다섯 곳', 0)).toMatchObject({ value: 5, end: 2 });
    expect(readKoreanNative('한국', 0)).toBeNull();
    expect(readKoreanNative('세계', 0)).toBeNull();
    expect(readKoreanNative('한 대통령', 0)).toBeNull();
  });
});
