import type { Language } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers.js';
import type { NumberKind } from './number-kind.js';

/** [language, sentence, the mention's text, value, kind, currency?] — the mention must be found in the sentence. */
type Case = readonly [Language, string, string, number, NumberKind, string?];

function only(language: Language, sentence: string, mentionText: string) {
  const mentions = findNumbers(sentence, language);
  const match = mentions.find((m) => m.text === mentionText);
  if (!match) throw new Error(`"${mentionText}" not among ${JSON.stringify(mentions.map((m) => m.text))}`);
  return match;
}

const KINDS: Case[] = [
  ['en', 'will supply 260,000 GPUs to Korea', '260,000', 260000, 'count'],
  ['en', 'more than a quarter\u2011million NVIDIA GPUs', 'a quarter\u2011million', 250000, 'count'],
  ['en', 'valued at $5 trillion, coinciding', '$5 trillion', 5e12, 'money', 'USD'],
  ['en', 'a deal worth 5 trillion won ($3.5 billion)', '5 trillion won', 5e12, 'money', 'KRW'],
  ['en', 'a deal worth 5 trillion won ($3.5 billion)', '$3.5 billion', 3.5e9, 'money', 'USD'],
  ['en', 'raised €40 million last year', '€40 million', 4e7, 'money', 'EUR'],
  ['en', 'prices rose 5% in October', '5%', 5, 'percent'],
  ['en', 'a 3.5 percentage points rise', '3.5 percentage points', 3.5, 'percent'],
  ['en', 'by 2030 the country', '2030', 2030, 'year'],
  ['en', 'announced on Oct. 31 in Gyeongju', '31', 31, 'date'],
  ['en', 'Nov 03, 2025', '03', 3, 'date'],
  ['en', 'Nov 03, 2025', '2025', 2025, 'year'],
  ['en', 'on 31 October the summit', '31', 31, 'date'],
  ['en', 'on October 31st the summit', '31st', 31, 'date'],
  ['en', 'the 21st century', '21st', 21, 'ordinal'],
  ['en', 'became the first company', 'first', 1, 'ordinal'],
  ['en', 'President Lee (third from right)', 'third', 3, 'ordinal'],
  ['en', 'to become one of the top three AI powers', 'one', 1, 'other'],
  ['en', 'to become one of the top three AI powers', 'three', 3, 'other'],
  ['en', 'the three largest chipmakers', 'three', 3, 'other'],
  ['en', 'ranked No. 1 in memory', '1', 1, 'other'],
  ['en', 'no one expected it', 'one', 1, 'other'],
  ['en', 'one company will build three centres', 'one', 1, 'count'],
  ['en', 'call 02-1234-5678 today', '02-1234-5678', 212345678, 'phone'],
  ['en', 'call +82 2 1234 5678 today', '+82 2 1234 5678', 82212345678, 'phone'],
  ['en', 'call (02) 1234-5678 today', '(02) 1234-5678', 212345678, 'phone'],
  ['en', 'Blackwell B200 chips', 'B200', 200, 'model'],
  ['en', 'the H100s and GB200 systems', 'H100s', 100, 'model'],
  ['en', 'the RTX 5090 card', 'RTX 5090', 5090, 'model'],
  ['en', 'since GPT-4 launched', 'GPT-4', 4, 'model'],
  ['en', 'in mid-2025 the plan', '2025', 2025, 'year'],
  ['en', 'write to msjeon22@korea.kr', 'msjeon22', 22, 'other'],
  ['en', 'at 10:30 local time', '10:30', 10, 'other'],
  ['en', 'built on a 3nm process', '3', 3, 'other'],
  ['en', 'about 1.5m GPUs', '1.5', 1.5, 'other'],
  ['en', 'on 2025-10-31 it was', '2025-10-31', 31, 'date'],
  ['en', 'on 10/31/2025 it was', '10/31/2025', 31, 'date'],
  ['de', 'bis zu 260.000 Grafikprozessoren', '260.000', 260000, 'count'],
  ['de', 'rund 260\u202f000 Chips', '260\u202f000', 260000, 'count'],
  ['de', 'ein Auftrag über 2 Mrd. Euro für', '2 Mrd. Euro', 2e9, 'money', 'EUR'],
  ['de', 'ein Auftrag über €2 Mrd. für', '€2 Mrd.', 2e9, 'money', 'EUR'],
  ['de', 'im Wert von 5 Billionen US-Dollar', '5 Billionen US-Dollar', 5e12, 'money', 'USD'],
  ['de', 'um 5 Prozent gestiegen', '5 Prozent', 5, 'percent'],
  ['de', 'am 31. Oktober in Gyeongju', '31', 31, 'date'],
  ['de', 'am 31.10.2025 in Gyeongju', '31.10.2025', 31, 'date'],
  ['de', 'am 31.10. in Gyeongju', '31.10.', 31, 'date'],
  ['de', 'belegt den 3. Platz', '3', 3, 'ordinal'],
  ['de', 'die dritte Runde', 'dritte', 3, 'ordinal'],
  ['de', 'eine der drei führenden KI-Mächte', 'drei', 3, 'other'],
  ['de', 'Nr. 1 der Branche', '1', 1, 'other'],
  ['de', 'drei Partner und fünfzigtausend GPUs', 'fünfzigtausend', 50000, 'count'],
  ['de', 'bis 2030 soll', '2030', 2030, 'year'],
  ['de', 'Preis von 1,5 Millionen', '1,5 Millionen', 1.5e6, 'count'],
  ['ko', 'GPU 26만 장을 공급', '26만', 260000, 'count'],
  ['ko', '26만장을 공급', '26만', 260000, 'count'],
  ['ko', '총 14조 원 규모', '14조 원', 1.4e13, 'money', 'KRW'],
  ['ko', '총 14조8000억 원 규모', '14조8000억 원', 1.48e13, 'money', 'KRW'],
  ['ko', '3억 달러를 투자', '3억 달러', 3e8, 'money', 'USD'],
  ['ko', '5만원가량', '5만원', 50000, 'money', 'KRW'],
  ['ko', '3원칙을 세웠다', '3', 3, 'count'],
  ['ko', '5%p 올랐다', '5%p', 5, 'percent'],
  ['ko', '이재명 대통령이 31일 APEC', '31', 31, 'date'],
  ['ko', '10월 31일', '10', 10, 'date'],
  ['ko', '2030년까지', '2030', 2030, 'year'],
  ['ko', '3년 동안', '3', 3, 'count'],
  ['ko', '세계 3대 AI 강국', '3', 3, 'other'],
  ['ko', 'GPU 3대를 설치', '3', 3, 'count'],
  ['ko', '세계 3위', '3', 3, 'ordinal'],
  ['ko', '제3 회의', '3', 3, 'ordinal'],
  ['ko', '오후 3시', '3', 3, 'other'],
  ['ko', '세 번째 협약', '세', 3, 'ordinal'],
  ['ko', '두 명의 회장', '두', 2, 'count'],
  ['ko', '첫 회의', '첫', 1, 'ordinal'],
  ['ko', '2025.10.31 발표', '2025.10.31', 31, 'date'],
  ['ko', '문의 02-1234-5678', '02-1234-5678', 212345678, 'phone'],
];

describe('findNumbers kinds', () => {
  for (const [language, sentence, mentionText, value, kind, currency] of KINDS) {
    it(`${language} ${JSON.stringify(sentence)}: ${mentionText} is ${kind}`, () => {
      const m = only(language, sentence, mentionText);
      expect(m.value).toBe(value);
      expect(m.kind).toBe(kind);
      expect(m.currency).toBe(currency);
    });
  }
});

describe('findNumbers spans', () => {
  it('gives UTF-16 offsets whose slice is the mention text', () => {
    const text = 'Huang 😀 said up to 260,000 GPUs, 약 5만 장, and a\u00a0quarter\u2011million more.';
    for (const language of ['en', 'ko'] as const) {
      for (const m of findNumbers(text, language)) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    const m = only('en', text, '260,000');
    expect(m.start).toBe(text.indexOf('260,000'));
    expect(m.end).toBe(text.indexOf('260,000') + 7);
  });

  it('keeps counter nouns out of Korean spans but crosses a space to a smaller unit', () => {
    expect(findNumbers('26만 장, 6만 5천 개, 26만 2025년', 'ko').map((m) => m.text)).toEqual([
      '26만',
      '6만 5천',
      '26만',
      '2025',
    ]);
  });

  it('finds every mention of a sentence in order, without overlaps', () => {
    const text =
      'Nvidia will supply more than 260,000 chips, with 50,000 for the public sector and $5 trillion.';
    expect(findNumbers(text, 'en').map((m) => [m.text, m.kind])).toEqual([
      ['260,000', 'count'],
      ['50,000', 'count'],
      ['$5 trillion', 'money'],
    ]);
  });

  it('reads separators by language: "1,500" is 1500 in English and 1.5 in German', () => {
    expect(findNumbers('1,500 GPUs', 'en')[0]?.value).toBe(1500);
    expect(findNumbers('1,500 GPUs', 'de')[0]?.value).toBe(1.5);
    expect(findNumbers('260 000 GPUs', 'de').map((m) => m.value)).toEqual([260000]);
    expect(findNumbers('260 000 GPUs', 'en').map((m) => m.value)).toEqual([260, 0]);
  });

  it('does not read number syllables inside Korean words or English words inside longer words', () => {
    expect(findNumbers('삼성전자와 이천 공장, 구조 개편, 계약 체결', 'ko')).toEqual([]);
    expect(findNumbers('someone, oneself, tension, often', 'en')).toEqual([]);
    expect(findNumbers('Achtung, Kosten, einer der Gründe', 'de')).toEqual([]);
  });

  it('reads only real number words, not names an object inherits ("constructor", "toString")', () => {
    expect(findNumbers('They ordered two hundred constructor kits.', 'en').map((n) => n.value)).toEqual([
      200,
    ]);
    expect(
      findNumbers('Die constructorte Anlage hat 500 GPUs, toString zwei.', 'de').map((n) => n.value),
    ).toEqual([500, 2]);
  });

  it('reads a number before a word an object inherits as before any other word', () => {
    // "constructor" used to be found in the magnitude tables (as Object.prototype's constructor), and
    // the number was dropped; now it is an ordinary word, as "GPUs" or "Anlagen" are.
    expect(findNumbers('3 constructor', 'en').map((n) => [n.value, n.kind])).toEqual(
      findNumbers('3 GPUs', 'en').map((n) => [n.value, n.kind]),
    );
    expect(findNumbers('3 constructor', 'en').map((n) => n.value)).toEqual([3]);
    expect(findNumbers('drei constructor Anlagen', 'de').map((n) => [n.value, n.kind])).toEqual(
      findNumbers('drei Anlagen', 'de').map((n) => [n.value, n.kind]),
    );
    expect(findNumbers('drei constructor Anlagen', 'de').map((n) => n.value)).toEqual([3]);
  });

  it('reads through a code unit that needs a composed view wherever it stands', () => {
    // The plain scan gives up at such a unit, also inside a match, a skipped word or a Hangul run, and
    // the composed view (without the zero-width space, with the jamo composed) is read instead.
    const texts: [Language, string][] = [
      ['en', 'Nvidia will supply 260,000 GPUs worth $3.5 billion by 2030.'],
      ['de', 'Der Umsatz stieg um zweihundert Mio. Euro auf 26 Prozent.'],
      ['ko', '정부는 26만 장의 GPU를 확보하고 오늘 3조 원을 투자한다.'],
    ];
    const shape = (text: string, language: Language) =>
      findNumbers(text, language).map((n) => [n.value, n.kind, n.currency]);
    for (const [language, text] of texts) {
      const expected = shape(text, language);
      for (let p = 0; p <= text.length; p++) {
        const withSpace = `${text.slice(0, p)}\u200b${text.slice(p)}`;
        expect(shape(withSpace, language), withSpace).toEqual(expected);
      }
      expect(shape(text.normalize('NFD'), language)).toEqual(expected);
    }
    // Decomposed only after a syllable that may start a number, and inside a Hangul run.
    const composed = '삼성은 이십육만 장을 오늘은 샀다.';
    const mixed = `삼성은 이${'십육만'.normalize('NFD')} 장을 오늘${'은'.normalize('NFD')} 샀다.`;
    expect(shape(mixed, 'ko')).toEqual(shape(composed, 'ko'));
    expect(shape(composed, 'ko')[0]?.[0]).toBe(260000);
  });
});
