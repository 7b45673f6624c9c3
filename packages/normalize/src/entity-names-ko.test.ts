import { describe, expect, it } from 'vitest';
import { type NameCase, testNameCases } from './test-gazetteer.js';
import { isTitleWord } from './titles.js';

/**
 * Korean news: particles and titles attach on the right ("삼성전자는", "최태원 SK회장", "SK텔레콤" names
 * SK through its prefix), so a Hangul alias matches inside a word on the right but not after another
 * Hangul syllable ("신경주역"); Han characters and punctuation on the left are boundaries ("美엔비디아",
 * "삼성전자·SK"). A Latin alias still needs its own word end ("SKT는" is no mention of SK).
 */
const NAMES: NameCase[] = [
  ['이재명 대통령은 31일 경주에서', '이재명 → lee', '경주 → gyeongju'],
  ['이재명 대통령이 젠슨 황 CEO를 접견했다', '이재명 → lee', '젠슨 황 → jensen'],
  ['최태원 SK그룹 회장이', '최태원 → chey', 'SK그룹 → sk'],
  ['이재용 회장이 참석했다', '이재용 → jay-lee'],
  ['이재용 삼성전자 회장은', '이재용 → jay-lee', '삼성전자 → samsung'],
  ['정의선 현대차그룹 회장', '정의선 → chung', '현대차그룹 → hyundai'],
  ['정의선 현대자동차그룹 회장과', '정의선 → chung', '현대자동차그룹 → hyundai'],
  ['젠슨 황 엔비디아 최고경영자(CEO)는', '젠슨 황 → jensen', '엔비디아 → nvidia'],
  ['젠슨황 CEO가 말했다', '젠슨황 → jensen'],
  ['삼성전자는 5만 장을', '삼성전자 → samsung'],
  ['삼성전자·SK·현대차·네이버', '삼성전자 → samsung', 'SK → sk', '현대차 → hyundai', '네이버 → naver'],
  ['네이버클라우드에 6만 장', '네이버클라우드 → naver'],
  ['네이버는 밝혔다', '네이버 → naver'],
  ['엔비디아의 블랙웰', '엔비디아 → nvidia'],
  ['엔비디아가 공급한다', '엔비디아 → nvidia'],
  ['엔비디아와의 협력', '엔비디아 → nvidia'],
  ['美엔비디아, 韓에 GPU', '엔비디아 → nvidia'],
  ['SK하이닉스와 삼성전자', 'SK하이닉스 → sk-hynix', '삼성전자 → samsung'],
  ['SK텔레콤 등 SK그룹 계열사', 'SK → sk', 'SK그룹 → sk'],
  ['경주에서 열린 APEC 정상회의', '경주 → gyeongju', 'APEC → apec'],
  ['경주시 보문단지', '경주 → gyeongju'],
  ['한국 정부와 엔비디아', '한국 → korea', '엔비디아 → nvidia'],
  ['대한민국 정부', '대한민국 → korea'],
  ['한국의 AI 인프라', '한국 → korea'],
  ['현대차는 5만 장을', '현대차 → hyundai'],
  ['정의선 회장과 최태원 회장', '정의선 → chung', '최태원 → chey'],
  ['에이펙(APEC) 정상회의', '에이펙 → apec', 'APEC → apec'],
  ['이재명(李在明) 대통령', '이재명 → lee'],
  ['Lee Jae-myung(이재명) 대통령', 'Lee Jae-myung → lee', '이재명 → lee'],
  ['NVIDIA코리아 관계자', 'NVIDIA → nvidia'],
  ['젠슨\u00a0황 CEO', '젠슨\u00a0황 → jensen'],
  ['젠슨\u3000황 CEO', '젠슨\u3000황 → jensen'],
  ['"삼성전자"와 \u2018엔비디아\u2019', '삼성전자 → samsung', '엔비디아 → nvidia'],
  // no mention
  ['신경주역에서 내렸다'],
  ['SKT는 통신사다'],
  ['SKC와 SKB가 참여'],
  ['정부는 26만 장을 확보했다'],
  ['김태원 의원은 말했다'],
];

const TITLES: ReadonlyArray<readonly [string, boolean]> = [
  ['대통령', true],
  ['회장', true],
  ['부회장', true],
  ['SK회장', true],
  ['삼성전자회장', true],
  ['이사회의장', true],
  ['최고경영자', true],
  ['CEO', true],
  ['대표이사', true],
  ['사장', true],
  ['창업자', true],
  ['총수', true],
  ['대변인', true],
  ['장관', true],
  ['산업통상부장관', true],
  ['국무총리', true],
  ['위원장', true],
  ['경주시장', true],
  ['도지사', true],
  ['Executive Chair', true],
  ['회장이', false],
  ['회장단', false],
  ['삼성전자', false],
  ['엔비디아', false],
  ['접견', false],
  ['회의', false],
  ['정부', false],
  ['장', false],
  ['대표팀', false],
];

describe('createEntityMatcher (Korean)', () => {
  testNameCases(NAMES);
});

describe('isTitleWord (Korean: the title follows the name; particles are the caller\u2019s to strip)', () => {
  it.each(TITLES)('%s → %s', (word, expected) => {
    expect(isTitleWord(word, 'ko')).toBe(expected);
  });
});
