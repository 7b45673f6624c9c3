import { expect, it } from 'vitest';
import { createEntityMatcher, type NamedEntity } from './entity-names.js';

/**
 * A small gazetteer for the name tests (not the deal profile): companies, people and places of a
 * Korean chip deal with the aliases en, de and ko news use, romanization variants included.
 */
export const TEST_GAZETTEER: readonly NamedEntity[] = [
  { id: 'nvidia', aliases: ['Nvidia', 'NVIDIA', 'Nvidia Corp', '엔비디아'] },
  { id: 'samsung', aliases: ['Samsung Electronics', 'Samsung', '삼성전자'] },
  { id: 'sk', aliases: ['SK Group', 'SK', 'SK그룹'] },
  { id: 'sk-hynix', aliases: ['SK hynix', 'SK Hynix', 'SK하이닉스'] },
  {
    id: 'hyundai',
    aliases: ['Hyundai Motor Group', 'Hyundai Motor', 'Hyundai', '현대자동차그룹', '현대차그룹', '현대차'],
  },
  { id: 'naver', aliases: ['Naver Cloud', 'Naver', 'NAVER', '네이버클라우드', '네이버'] },
  { id: 'korea', aliases: ['South Korea', 'Südkorea', '대한민국', '한국'] },
  { id: 'lee', aliases: ['Lee Jae Myung', 'Lee Jae-myung', 'Lee Jae-Myung', '이재명'] },
  { id: 'chung', aliases: ['Chung Euisun', 'Euisun Chung', 'Chung Eui-sun', '정의선'] },
  { id: 'chey', aliases: ['Chey Tae-won', 'Chey Tae Won', '최태원'] },
  { id: 'jensen', aliases: ['Jensen Huang', '젠슨 황', '젠슨황'] },
  { id: 'jay-lee', aliases: ['Lee Jae-yong', 'Jay Y. Lee', '이재용'] },
  { id: 'gyeongju', aliases: ['Gyeongju', '경주'] },
  { id: 'apec', aliases: ['APEC', '에이펙'] },
];

const matcher = createEntityMatcher(TEST_GAZETTEER);

/** A sentence and every mention the matcher must find in it, as "text as written → id". */
export type NameCase = readonly [sentence: string, ...expected: string[]];

/** One test per case: the mentions found, in order, each written as its slice of the sentence. */
export function testNameCases(cases: readonly NameCase[]): void {
  it.each(cases.map((c) => [c[0], c.slice(1)] as const))('%j', (sentence, expected) => {
    const found = matcher.find(sentence).map((m) => `${sentence.slice(m.start, m.end)} → ${m.id}`);
    expect(found).toEqual(expected);
  });
}
