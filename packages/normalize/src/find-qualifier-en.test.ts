import { describe } from 'vitest';
import { type QualifierCase, testQualifierCases } from './test-qualifier-cases.js';

/** English news hedges beyond those of find-qualifier.test.ts, and numbers nothing qualifies. */
const CASES: QualifierCase[] = [
  ['Nvidia will ship at most 10,000 chips a month', 'up_to', 'at most'],
  ['not more than 50,000 units this year', 'up_to', 'not more than'],
  ['less than 5% of the total', 'up_to', 'less than'],
  ['under 100,000 GPUs were delivered', 'up_to', 'under'],
  ['shares fell below 2,000 won', 'up_to', 'below'],
  ['a max of 20,000 units per customer', 'up_to', 'a max of'],
  ['just over 50,000 chips for the public sector', 'more_than', 'just over'],
  ['a deal valued at well over $3 billion', 'more_than', 'well over'],
  ['greater than 10,000 units', 'more_than', 'greater than'],
  ['upward of 40,000 chips', 'more_than', 'upward of'],
  ['a cluster of >50,000 GPUs', 'more_than', '>'],
  ['no less than 50,000 GPUs', 'at_least', 'no less than'],
  ['not less than 50,000 GPUs', 'at_least', 'not less than'],
  ['≥50,000 GPUs', 'at_least', '≥'],
  ['approx. 50,000 GPUs', 'about', 'approx.'],
  ['circa 50,000 GPUs', 'about', 'circa'],
  ['~50,000 GPUs', 'about', '~'],
  ['just under 50,000 GPUs', 'about', 'just under'],
  ['SK Group will get some 50,000 Blackwell chips', 'about', 'some'],
  ['worth an estimated 14 trillion won', 'about', 'an estimated'],
  ['Around 50,000 units go to Samsung', 'about', 'Around'],
  ['at least one company', 'at_least', 'at least'],
  ['50,000 GPUs or so', 'about', 'or so'],
  ['10,000 units or fewer', 'up_to', 'or fewer'],
  ['5 trillion won or less', 'up_to', 'or less'],
  ['a 50-odd member delegation', 'about', 'odd'],
  ['1,000 engineers and more', 'more_than', 'and more'],
  ['firms with 500 employees and above', 'more_than', 'and above'],
  ['as many as 30 companies and about 50,000 GPUs', 'up_to', 'as many as'],
  ['up\u00a0to 260,000 GPUs', 'up_to', 'up\u00a0to'],
  ['over $5 trillion in market value', 'more_than', 'over'],
  // nothing qualifies the number
  ['the ministry said 50,000 GPUs go to the public sector', 'exact', ''],
  ['after the takeover 5,000 staff left', 'exact', ''],
  ['50,000 GPUs, plus servers and networking', 'exact', ''],
  ['shares were up 5% on Friday', 'exact', ''],
  ['some of the 50,000 GPUs', 'exact', ''],
  ['sales more than doubled to 50,000 units', 'exact', ''],
  ['Nvidia will supply 260,000 GPUs', 'exact', ''],
  ['about the 260,000 GPUs', 'exact', ''],
  ['by 2030 or later', 'exact', ''],
];

describe('findQualifier (English)', () => {
  testQualifierCases('en', CASES);
});
