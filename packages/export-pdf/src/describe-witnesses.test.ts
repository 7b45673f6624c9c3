import {
  type Briefing,
  describeWitnesses as coreDescribeWitnesses,
  indexBriefing,
  indexWitnessGroups,
  listConflictRows,
  readConflictIds,
} from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { describeGroup, describeWitnesses } from './describe-witnesses.js';
import { TEST_BRIEFING } from './test-briefing.js';

describe('describeWitnesses', () => {
  it('writes what @dealbrief/core writes for a small briefing', () => {
    const index = indexBriefing(TEST_BRIEFING);
    const groups = indexWitnessGroups(TEST_BRIEFING.groups ?? []);
    const lists = [
      ...listConflictRows(TEST_BRIEFING.fields).map((row) => readConflictIds(row, 'sources')),
      ...TEST_BRIEFING.fields.map((field) => field.sources),
      ['001', '002', '000'],
      ['001', '002'],
      [],
    ];
    for (const ids of lists) expect(describeWitnesses(ids, groups)).toBe(coreDescribeWitnesses(ids, index));
    expect(describeWitnesses(['000', '001', '002'], groups)).toBe('000+001 (one story), 002');
  });

  it('names a large group by its first members and size, and counts witnesses past the limit', () => {
    const ids = Array.from({ length: 30 }, (_, n) => String(n).padStart(6, '0'));
    const briefing: Briefing = {
      ...TEST_BRIEFING,
      groups: [{ id: ids.slice(0, 20).join('+'), sources: ids.slice(0, 20), relation: 'copy', note: '' }],
    };
    const groups = indexWitnessGroups(briefing.groups ?? []);
    expect(describeGroup(briefing.groups[0]!)).toBe('000000+000001+… (20 sources, one story)');
    expect(describeWitnesses(ids, groups, 3)).toBe(
      '000000+000001+… (20 sources, one story), 000020, 000021 +8 more',
    );
    expect(describeWitnesses(ids.slice(1), groups, 3)).toBe('000001, 000002, 000003 +26 more');
  });
});
