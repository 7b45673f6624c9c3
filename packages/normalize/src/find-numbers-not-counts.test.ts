import type { Language } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers.js';
import type { NumberKind } from './number-kind.js';

/**
 * [language, sentence, mention text, kind]: years, percentages, phone numbers and model names in
 * German and Korean news are found with their own kind, never as a GPU count.
 */
const CASES: ReadonlyArray<readonly [Language, string, string, NumberKind]> = [
  ['de', 'Blackwell B200 von Nvidia', 'B200', 'model'],
  ['de', 'die Systeme GB200 und H100', 'GB200', 'model'],
  ['de', 'Grafikkarte RTX 5090', 'RTX 5090', 'model'],
  ['de', 'Telefon 030 1234567', '030 1234567', 'phone'],
  ['de', 'Fax 089/12345678', '089/12345678', 'phone'],
  ['de', 'Hotline 0800-1234567', '0800-1234567', 'phone'],
  ['de', 'erreichbar unter +49 30 1234 5678', '+49 30 1234 5678', 'phone'],
  ['de', 'ein Plus von 5,5 Prozent', '5,5 Prozent', 'percent'],
  ['de', 'ein Anteil von 30 %', '30 %', 'percent'],
  ['de', 'im Jahr 2025 lieferte Nvidia', '2025', 'year'],
  ['de', 'bis 2030 will Südkorea', '2030', 'year'],
  ['de', 'zum ersten Mal', 'ersten', 'ordinal'],
  ['ko', '블랙웰 B200 칩', 'B200', 'model'],
  ['ko', 'GB200 서버 3대', 'GB200', 'model'],
  ['ko', '문의 +82 2 1234 5678', '+82 2 1234 5678', 'phone'],
  ['ko', '문의 02-123-4567', '02-123-4567', 'phone'],
  ['ko', '점유율 90%를 차지', '90%', 'percent'],
  ['ko', '5퍼센트 상승', '5퍼센트', 'percent'],
  ['ko', '2025년 10월', '2025', 'year'],
  ['ko', '2030년까지 AI 3대 강국', '2030', 'year'],
  ['ko', '세계 3위 메모리 기업', '3', 'ordinal'],
  ['ko', '오후 3시 30분', '3', 'other'],
];

describe('findNumbers: not GPU counts (German, Korean)', () => {
  it.each(CASES)('%s %j: %s is %s', (language, sentence, text, kind) => {
    const mention = findNumbers(sentence, language).find((m) => m.text === text);
    expect(mention?.kind).toBe(kind);
  });
  it.todo('ko "대표전화 1588-1234" is a phone (15xx/16xx/18xx numbers), without reading "1500-2000" as one');
});
