import type { Value } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { formatScoreTable } from './format-score-table.js';
import { computeScore, scoreClaims } from './score-claims.js';
import { makeClaim, makeTarget, TEST_RESOLVE } from './test-claims.js';

const qty = (amount: number, qualifier: 'exact' | 'up_to' = 'exact'): Value => ({
  type: 'quantity',
  amount,
  unit: 'GPU',
  qualifier,
});
const org = (id: string, name: string): Value => ({ type: 'entity', id, name, kind: 'org' });

// Gold: 2 gpu_total, 2 partners (one quote, the phrase twice in the text), 1 city nobody predicts.
const targets = [
  makeTarget(0, { field: 'gpu_total', value: 260000, qualifier: 'up_to' }, [0, 10]),
  makeTarget(1, { field: 'gpu_total', value: 50000 }, [20, 30]),
  makeTarget(2, { field: 'partners', value: 'Nvidia' }, [40, 50], [80, 90]),
  makeTarget(3, { field: 'partners', value: 'BlackRock' }, [40, 50], [80, 90]),
  makeTarget(4, { field: 'city', value: 'Gyeongju' }, [100, 108]),
];

describe('scoreClaims', () => {
  const claims = [
    makeClaim('t1', 'gpu_total', qty(260000, 'up_to'), 2, 8), // correct
    makeClaim('t2', 'gpu_total', qty(260000, 'up_to'), 2, 8), // same gold, same occurrence: false positive
    makeClaim('t3', 'gpu_total', qty(250000), 20, 30), // wrong value: false positive
    makeClaim('p1', 'partners', org('nvidia', 'Nvidia'), 40, 46), // correct
    makeClaim('p2', 'partners', org('nvidia', 'Nvidia'), 80, 86), // repeat at the other occurrence: correct
    makeClaim('p3', 'partners', org('blackrock', 'BlackRock'), 44, 50), // correct
    makeClaim('x1', 'installed_base', qty(65000), 0, 5), // field the gold lacks: false positive
    makeClaim('y1', 'gpu_total', qty(260000, 'up_to'), 0, 5, '009'), // source the gold lacks: not scored
  ];
  const scores = scoreClaims({ targets, claims, resolve: TEST_RESOLVE });

  it('counts per field: gold, found, correct, matched', () => {
    const byField = Object.fromEntries(scores.fields.map((s) => [s.field, s]));
    expect(scores.fields.map((s) => s.field)).toEqual(['gpu_total', 'partners', 'city']);
    expect(byField['gpu_total']).toMatchObject({ gold: 2, found: 3, correct: 1, matched: 1 });
    expect(byField['gpu_total']!.precision).toBeCloseTo(1 / 3);
    expect(byField['gpu_total']!.recall).toBeCloseTo(1 / 2);
    expect(byField['gpu_total']!.f1).toBeCloseTo(0.4);
    expect(byField['partners']).toMatchObject({
      gold: 2,
      found: 3,
      correct: 3,
      matched: 2,
      precision: 1,
      recall: 1,
      f1: 1,
    });
    expect(byField['city']).toMatchObject({
      gold: 1,
      found: 0,
      correct: 0,
      matched: 0,
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });

  it('lists fields the gold lacks and counts their claims as false positives overall', () => {
    expect(scores.unlabelled).toEqual([computeScore('installed_base', 0, 1, 0, 0)]);
    expect(scores.overall).toMatchObject({ gold: 5, found: 7, correct: 4, matched: 3 });
    expect(scores.overall.precision).toBeCloseTo(4 / 7);
    expect(scores.overall.recall).toBeCloseTo(3 / 5);
    expect(scores.overall.f1).toBeCloseTo((2 * (4 / 7) * (3 / 5)) / (4 / 7 + 3 / 5));
    expect(scores.falsePositives).toEqual(['t2', 't3', 'x1']);
    expect(scores.missed).toEqual([1, 4]);
    expect(scores.unscored).toEqual(['y1']);
    expect(scores.matches.find((m) => m.claim === 'p2')).toEqual({
      claim: 'p2',
      gold: 2,
      occurrence: 1,
      repeat: true,
    });
  });

  it('gives each gold claim to the best unmatched match first', () => {
    const twice = [
      makeTarget(0, { field: 'gpu_total', value: 260000 }, [0, 10]),
      makeTarget(1, { field: 'gpu_total', value: 260000 }, [5, 30]),
    ];
    const wide = scoreClaims({
      targets: twice,
      claims: [makeClaim('a', 'gpu_total', qty(260000), 6, 30)],
      resolve: TEST_RESOLVE,
    });
    expect(wide.matches).toEqual([{ claim: 'a', gold: 1, occurrence: 0, repeat: false }]);
    const both = scoreClaims({
      targets: twice,
      claims: [
        makeClaim('a', 'gpu_total', qty(260000), 6, 9),
        makeClaim('b', 'gpu_total', qty(260000), 6, 9),
      ],
      resolve: TEST_RESOLVE,
    });
    expect(both.matches.map((m) => m.gold)).toEqual([0, 1]);
    expect(both.overall).toMatchObject({ correct: 2, matched: 2, f1: 1 });
  });

  it('formats a table with the overall row and the citation share', () => {
    const table = formatScoreTable(scores, { total: 8, verified: 7, mismatches: [] });
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^field\s+gold\s+found\s+correct\s+matched\s+P\s+R\s+F1$/);
    expect(table).toMatch(/^gpu_total\s+2\s+3\s+1\s+1\s+0\.333\s+0\.500\s+0\.400$/m);
    expect(table).toMatch(/^installed_base \*\s+0\s+1\s+0\s+0\s+0\.000\s+0\.000\s+0\.000$/m);
    expect(table).toMatch(/^overall\s+5\s+7\s+4\s+3\s+0\.571\s+0\.600\s+0\.585$/m);
    expect(lines.at(-1)).toBe('citations verified 7/8 (87.5%)');
  });
});
