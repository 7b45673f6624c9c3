import { describe, expect, it } from 'vitest';
import { type NameCase, testNameCases } from './test-gazetteer.js';
import { isTitleWord } from './titles.js';

/**
 * English news: aliases and romanizations, possessives, hyphen compounds, no-break characters.
 * Decisions: a genitive or plural "s" is allowed ("Nvidia's", "the Nvidias"), a longer word is not
 * ("SKT", "Koreans", "South Korean" — an adjective is no mention of the entity), and aliases match
 * case-sensitively (the gazetteer lists "Nvidia" and "NVIDIA"; "nvidia.com" is no mention).
 */
const NAMES: NameCase[] = [
  [
    'President Lee Jae Myung met Jensen Huang in Gyeongju',
    'Lee Jae Myung → lee',
    'Jensen Huang → jensen',
    'Gyeongju → gyeongju',
  ],
  ['President Lee Jae-myung said on Friday', 'Lee Jae-myung → lee'],
  ["Lee Jae-Myung, South Korea's president", 'Lee Jae-Myung → lee', 'South Korea → korea'],
  [
    'Hyundai Motor Group Executive Chair Chung Euisun',
    'Hyundai Motor Group → hyundai',
    'Chung Euisun → chung',
  ],
  ['Euisun Chung, who chairs Hyundai Motor', 'Euisun Chung → chung', 'Hyundai Motor → hyundai'],
  ['Chung Eui-sun attended the dinner', 'Chung Eui-sun → chung'],
  ['Chey Tae Won of SK told reporters', 'Chey Tae Won → chey', 'SK → sk'],
  ['Samsung Electronics Chairman Lee Jae-yong', 'Samsung Electronics → samsung', 'Lee Jae-yong → jay-lee'],
  ["Jay Y. Lee, Samsung's chairman", 'Jay Y. Lee → jay-lee', 'Samsung → samsung'],
  ["Nvidia's Blackwell GPUs", 'Nvidia → nvidia'],
  ["NVIDIA's chief executive", 'NVIDIA → nvidia'],
  ['Nvidia\u2019s chips', 'Nvidia → nvidia'],
  ["SK Group's chairman and Naver's cloud unit", 'SK Group → sk', 'Naver → naver'],
  ['the would-be Nvidias of Asia', 'Nvidia → nvidia'],
  ['Nvidia-powered AI factories', 'Nvidia → nvidia'],
  ['a Samsung-Nvidia partnership', 'Samsung → samsung', 'Nvidia → nvidia'],
  ['an ex-Samsung engineer', 'Samsung → samsung'],
  ['Nvidia Corp said on Friday', 'Nvidia Corp → nvidia'],
  ['Nvidia Corporation said on Friday', 'Nvidia → nvidia'],
  ['SK hynix and SK Hynix', 'SK hynix → sk-hynix', 'SK Hynix → sk-hynix'],
  ['Naver Cloud will receive 60,000 GPUs', 'Naver Cloud → naver'],
  ['Samsung, SK, Hyundai and NAVER', 'Samsung → samsung', 'SK → sk', 'Hyundai → hyundai', 'NAVER → naver'],
  ['Hyundai Motors will build a factory', 'Hyundai Motor → hyundai'],
  ['Samsung Electronics Co. Ltd.', 'Samsung Electronics → samsung'],
  ['(Nvidia) and "Samsung"', 'Nvidia → nvidia', 'Samsung → samsung'],
  ['the Gyeongju-based venue at the APEC CEO Summit', 'Gyeongju → gyeongju', 'APEC → apec'],
  ['Lee Jae-myung (이재명)', 'Lee Jae-myung → lee', '이재명 → lee'],
  ['Chung Eui\u2011sun and Lee Jae\u2011myung', 'Chung Eui\u2011sun → chung', 'Lee Jae\u2011myung → lee'],
  ['Jensen\u00a0Huang and Chey\u00a0Tae-won', 'Jensen\u00a0Huang → jensen', 'Chey\u00a0Tae-won → chey'],
  ['Nvidia\u2011backed projects', 'Nvidia → nvidia'],
  // no mention
  ['SKT, the mobile carrier'],
  ['Koreans welcomed the deal'],
  ['South Korean officials said'],
  ['the Lee administration'],
  ['see nvidia.com for details'],
  ['Skype, SKYLINE and ASK'],
  ['Samsungite engineers'],
];

const TITLES: ReadonlyArray<readonly [string, boolean]> = [
  ['Chairman', true],
  ['chairman', true],
  ['Chairwoman', true],
  ['Chair', true],
  ['CEO', true],
  ['Founder', true],
  ['co-founder', true],
  ['Vice-Chairman', true],
  ['executive chair', true],
  ['President', true],
  ['Minister', true],
  ['Secretary', true],
  ['Spokesperson', true],
  ['Governor', true],
  ['Analyst', true],
  ['Nvidia-CEO', true],
  ['chairs', false],
  ['Chairmanship', false],
  ['Presidential', false],
  ['presidency', false],
  ['ministry', false],
  ['headquarters', false],
  ['headline', false],
  ['Samsung', false],
  ['Group', false],
  ['Korean', false],
  ['Vorsitzender', false],
  ['회장', false],
];

describe('createEntityMatcher (English)', () => {
  testNameCases(NAMES);
});

describe('isTitleWord (English: the title stands before the name)', () => {
  it.each(TITLES)('%s → %s', (word, expected) => {
    expect(isTitleWord(word, 'en')).toBe(expected);
  });
});
