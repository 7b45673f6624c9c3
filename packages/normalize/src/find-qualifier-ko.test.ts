import { describe } from 'vitest';
import { type QualifierCase, testQualifierCases } from './test-qualifier-cases.js';

/** Korean news hedges beyond those of find-qualifier.test.ts, and numbers nothing qualifies. */
const CASES: QualifierCase[] = [
  ['최고 30% 할인', 'up_to', '최고'],
  ['최대\u00a026만 장', 'up_to', '최대'],
  ['최소한 5만 장을 확보', 'at_least', '최소한'],
  ['적어도 3개 기업이 참여', 'at_least', '적어도'],
  ['대략 5조 원 규모', 'about', '대략'],
  ['거의 10만 장에 달한다', 'about', '거의'],
  ['줄잡아 5만 명이 모였다', 'about', '줄잡아'],
  ['어림잡아 3조 원', 'about', '어림잡아'],
  ['5만 장 남짓', 'more_than', '남짓'],
  ['5만 장 내외', 'about', '내외'],
  ['5만 장 가까이 공급', 'about', '가까이'],
  ['5만 장에 가까운 물량', 'about', '가까운'],
  ['5만 장쯤 배정', 'about', '쯤'],
  ['5만 장 이하', 'up_to', '이하'],
  ['지분 5% 미만', 'up_to', '미만'],
  ['26만 장까지 늘린다', 'up_to', '까지'],
  ['1조 원을 넘어서는 투자', 'more_than', '넘어'],
  ['10만 명을 넘은 인원', 'more_than', '넘은'],
  ['30만 장을 넘을 전망', 'more_than', '넘을'],
  ['3조 원을 넘겨 마감', 'more_than', '넘겨'],
  ['10여 개 기업', 'more_than', '여'],
  ['5만+ 장', 'more_than', '+'],
  ['26만\u00a0장 이상', 'more_than', '이상'],
  ['GPU 26만 장 이상을 공급', 'more_than', '이상'],
  ['5년 이상 걸린다', 'more_than', '이상'],
  ['약 14조 원 규모', 'about', '약'],
  ['약 5만 장 남짓', 'more_than', '남짓'],
  ['최소 5만 장 이상', 'at_least', '최소'],
  ['14조8000억 원 안팎', 'about', '안팎'],
  ['30만 개가 넘는 GPU', 'more_than', '넘는'],
  ['50% 초과 지분', 'more_than', '초과'],
  ['5만 장 정도를 배정', 'about', '정도'],
  // nothing qualifies the number
  ['공약 5만 호 공급', 'exact', ''],
  ['5만 장씩 배정', 'exact', ''],
  ['5만 장 규모의 클러스터', 'exact', ''],
  ['26만 장의 GPU를 공급', 'exact', ''],
  ['최대 규모인 5만 장', 'exact', ''],
  ['총 14조 원 규모', 'exact', ''],
  ['엔비디아가 26만 장을 공급한다', 'exact', ''],
  ['5만 여성 근로자와 3만 여행객', 'exact', ''],
];

describe('findQualifier (Korean)', () => {
  testQualifierCases('ko', CASES);
});
