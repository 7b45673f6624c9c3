import { describe, expect, it } from 'vitest';
import type { Claim } from '../schemas/claim.js';
import { indexBriefing } from './briefing-index.js';
import { CLAIM_COLUMNS, readQualifier } from './claim-columns.js';
import { SOURCE_COLUMNS } from './source-columns.js';
import { readTableCell, type TableColumn } from './table-column.js';
import { TEST_BRIEFING } from './test-briefing.js';

const index = indexBriefing(TEST_BRIEFING);

function claimOf(id: string): Claim {
  const claim = TEST_BRIEFING.claims.find((c) => c.id === id);
  if (claim === undefined) throw new Error(`no claim ${id}`);
  return claim;
}

describe('readTableCell', () => {
  const column = (kind: 'text' | 'number', value: string | number | undefined): TableColumn<null> => ({
    header: 'x',
    kind,
    read: () => value,
  });

  it('keeps numbers in number columns, neutralises text, and empties nothing or ""', () => {
    expect(readTableCell(column('number', -5), null, index)).toBe(-5);
    expect(readTableCell(column('text', -5), null, index)).toBe("'-5");
    expect(readTableCell(column('number', '=1+1'), null, index)).toBe("'=1+1");
    expect(readTableCell(column('text', '26만 장'), null, index)).toBe('26만 장');
    expect(readTableCell(column('text', ''), null, index)).toBeUndefined();
    expect(readTableCell(column('text', undefined), null, index)).toBeUndefined();
  });
});

describe('CLAIM_COLUMNS and SOURCE_COLUMNS', () => {
  it('read a source with its prior weight and the witness group it shares a story with', () => {
    const read = (id: string) => {
      const source = TEST_BRIEFING.sources.find((s) => s.id === id)!;
      return Object.fromEntries(SOURCE_COLUMNS.map((c) => [c.header, readTableCell(c, source, index)]));
    };
    expect(SOURCE_COLUMNS.map((c) => c.header).slice(4, 8)).toEqual([
      'kind',
      'weight',
      'same_story_as',
      'languages',
    ]);
    expect(read('002')).toMatchObject({ weight: 0.95, same_story_as: undefined });
    expect(read('000')).toMatchObject({
      weight: 0.7,
      same_story_as: '000+001: 001 is a German version of 000',
    });
    expect(read('001')['same_story_as']).toBe('000+001: 001 is a German version of 000');
  });

  it('read a claim with its qualifier, source publisher and citation', () => {
    const row = CLAIM_COLUMNS.map((c) => readTableCell(c, claimOf('002-gpu_total-2'), index));
    expect(row).toEqual([
      '002-gpu_total-2',
      'gpu_total',
      260000,
      'more than 260,000 GPUs',
      'more_than',
      '002',
      'Korea.net',
      1424,
      1460,
      19,
      51,
      "over 260,000 of Nvidia's latest GPUs",
      ' the private sector will secure ',
      " to expand the nation's AI infra",
      'quantity-en',
      0.85,
    ]);
    expect(readQualifier(claimOf('000-people-1'))).toBeUndefined();
    const allocation = { type: 'allocation', recipient: { type: 'entity', id: 'x', name: 'X', kind: 'org' } };
    const quantity = { type: 'quantity', amount: 1, unit: 'GPU', qualifier: 'at_least' } as const;
    expect(
      readQualifier({ ...claimOf('000-people-1'), value: { ...allocation, quantity } as Claim['value'] }),
    ).toBe('at_least');
  });

  it('read a rejected source with its problem and no languages', () => {
    const source = TEST_BRIEFING.sources.find((s) => s.status === 'rejected')!;
    const row = Object.fromEntries(SOURCE_COLUMNS.map((c) => [c.header, readTableCell(c, source, index)]));
    expect(row).toMatchObject({
      id: '007',
      kind: 'unknown',
      weight: undefined,
      languages: undefined,
      bytes: 0,
    });
    expect(row['problem']).toMatch(/^SOURCE_EMPTY/);
    expect(row['title']).toBe("'+cmd|' /C calc'!A0");
  });
});
