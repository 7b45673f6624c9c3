import { describe, expect, it } from 'vitest';
import { findByline, readBylineName } from './find-byline.js';

describe('readBylineName', () => {
  it.each([
    ['By Jeon Misun', 'Jeon Misun'],
    ['BY Jane Q. Public', 'Jane Q. Public'],
    ['Written by Lee Hae-jin, Staff Writer', 'Lee Hae-jin'],
    ['Von Anna-Lena Müller | Tagesschau', 'Anna-Lena Müller'],
    ['Text: Ursula von der Leyen', 'Ursula von der Leyen'],
    ['홍길동 기자', '홍길동'],
    ['홍길동 기자 hong@example.co.kr', '홍길동'],
    ['기자 김민수', '김민수'],
    ['글 이영희', '이영희'],
  ])('reads %s', (line, name) => {
    expect(readBylineName(line)).toBe(name);
  });

  it.each([
    'By providing a substantial hardware foundation, NVIDIA is enabling Korean companies.',
    'By Friday, the talks ended.',
    'by the way',
    'By Jeon',
    'Von der Leyen sagte',
  ])('rejects %s', (line) => {
    expect(readBylineName(line)).toBeUndefined();
  });
});

describe('findByline', () => {
  it('finds a byline line and covers exactly its text', () => {
    const text = 'Policies\n\nNov 03, 2025\n\n\nBy Jeon Misun\n\n\nThe government has joined hands.';
    expect(findByline(text)).toEqual({ start: 25, end: 38, text: 'By Jeon Misun', name: 'Jeon Misun' });
  });

  it('finds a Korean byline at the end of the story', () => {
    const body = Array.from({ length: 12 }, (_, k) => `문단 ${k}이다.`).join('\n');
    expect(findByline(`${body}\n김민수 기자 kim@example.kr`)?.name).toBe('김민수');
  });

  it('reads the reporter from a Korean wire lead', () => {
    const text = '(서울=연합뉴스) 홍길동 기자 = 엔비디아가 26만 장을 공급한다.';
    expect(findByline(text)).toEqual({ start: 10, end: 16, text: '홍길동 기자', name: '홍길동' });
  });

  it('does not take a body sentence for a byline', () => {
    expect(
      findByline('Intro\nBy providing a substantial hardware foundation, NVIDIA helps.'),
    ).toBeUndefined();
  });
});
