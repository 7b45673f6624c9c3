import { describe } from 'vitest';
import { type DateCase, testDateCases } from './test-date-cases.js';

/** Forms named in the design brief. */
const BRIEF: DateCase[] = [
  ['announced on Oct. 31 in Gyeongju', 'Oct. 31 → ????-10-31'],
  ['announced on Oct 31 in Gyeongju', 'Oct 31 → ????-10-31'],
  ['October 31, 2025, was a Friday', 'October 31, 2025 → 2025-10-31', 'Friday → friday'],
  ['on 31 October the summit opened', '31 October → ????-10-31'],
  ['on 31 October 2025 the summit opened', '31 October 2025 → 2025-10-31'],
  ['met Huang in Gyeongju on Friday', 'Friday → friday'],
  ['Friday, Oct. 31: the deal', 'Friday, Oct. 31 → ????-10-31 friday'],
  ['Nov 03, 2025', 'Nov 03, 2025 → 2025-11-03'],
  ['Published 2025-11-03', '2025-11-03 → 2025-11-03'],
  ['filed 11/3/2025 in Seoul', '11/3/2025 → 2025-11-03'],
  ['they met last Friday', 'last Friday → friday last'],
  ['this week the deal was signed'],
  ['they met on the 31st.', '31st → ????-??-31'],
];

/** Further forms as English news writes them, and what is not a date. */
const MORE: DateCase[] = [
  ['on Nov. 3, 2025, Nvidia said', 'Nov. 3, 2025 → 2025-11-03'],
  ['on November 3 the ministry said', 'November 3 → ????-11-03'],
  ['on October 31st, Lee met Huang', 'October 31st → ????-10-31'],
  ['on the 31st of October', '31st of October → ????-10-31'],
  ['on 31st October 2025', '31st October 2025 → 2025-10-31'],
  ['SEOUL, Nov. 3 (Yonhap) -- Nvidia', 'Nov. 3 → ????-11-03'],
  ['Sept. 5, 2025 and Dec 1', 'Sept. 5, 2025 → 2025-09-05', 'Dec 1 → ????-12-01'],
  ['Oct.31 was busy', 'Oct.31 → ????-10-31'],
  ['in October 2025 the plan', 'October 2025 → 2025-10-??'],
  ['by Jan. 2026 at the latest', 'Jan. 2026 → 2026-01-??'],
  ['Fri, 31 Oct 2025 09:00:00 GMT', 'Fri, 31 Oct 2025 → 2025-10-31 friday'],
  ['Friday, October 31, 2025', 'Friday, October 31, 2025 → 2025-10-31 friday'],
  ['on Monday, Nov. 3, shares rose', 'Monday, Nov. 3 → ????-11-03 monday'],
  ['on Friday the 31st, Lee met Huang', 'Friday the 31st → ????-??-31 friday'],
  ['Friday\u2019s market rally', 'Friday → friday'],
  ["Friday's market rally", 'Friday → friday'],
  ['will meet next Tuesday', 'next Tuesday → tuesday next'],
  ['announced today in Seoul', 'today → today'],
  ['Yesterday, Nvidia said', 'Yesterday → yesterday'],
  ['will sign tomorrow', 'tomorrow → tomorrow'],
  ['2025/11/03 release', '2025/11/03 → 2025-11-03'],
  ['dated 3/11/2025', '3/11/2025 → 2025-03-11'],
  ['dated 31/10/2025', '31/10/2025 → 2025-10-31'],
  ['from Oct. 30-31 in Gyeongju', 'Oct. 30 → ????-10-30'],
  ['Feb. 29, 2024 was a leap day', 'Feb. 29, 2024 → 2024-02-29'],
  ['Updated: Monday, 3 November 2025, 10:30 KST', 'Monday, 3 November 2025 → 2025-11-03 monday'],
  ['Oct. 31 (Fri) in Gyeongju', 'Oct. 31 (Fri) → ????-10-31 friday'],
  // not dates
  ['Nvidia will supply 31 GPUs'],
  ['support 24/7 from Seoul'],
  ['by 2030 Korea aims to lead'],
  ['a 3.5 million won deal'],
  ['the B200 and GB200 chips'],
  ['call 02-1234-5678 or +82 2 1234 5678'],
  ['Black Friday sales and Good Friday'],
  ['Cyber Monday deals'],
  ['every Friday the team meets'],
  ['they meet on Fridays'],
  ['in the 21st century'],
  ['the 31st floor of the tower'],
  ['Feb 30, 2025 and April 31'],
  ['Feb 29, 2025 is not a day'],
  ['you may 3 times try'],
  ['Oct 31,000 units'],
  ['the 1990s and the 2020s'],
  ['Q3 2025 earnings'],
  ['at 10:31 a.m.'],
  ['USA Today reported'],
  ['In the March 2025 report', 'March 2025 → 2025-03-??'],
];

describe('findDates (English)', () => {
  testDateCases('en', [...BRIEF, ...MORE]);
});
