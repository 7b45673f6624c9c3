import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { formatScoreTable } from './format-score-table.js';
import { DEFAULT_GOLD_URL, loadGold } from './gold-schema.js';
import { DEFAULT_THRESHOLDS, runEvaluation } from './run-evaluation.js';

// The real evaluation: the pipeline over the seeds with the bundled profile, scored against the gold.
const SEEDS = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
const SHARED_GOLD = new URL('../../../../../shared/eval/seeds-gold.json', import.meta.url);

describe('evaluation on the seeds', () => {
  it('bundles a verbatim copy of the gold whose every quote occurs in its source', async () => {
    const shared = await readFile(SHARED_GOLD, 'utf8').catch(() => undefined);
    if (shared !== undefined) expect(await readFile(DEFAULT_GOLD_URL, 'utf8')).toBe(shared);
    const gold = await loadGold();
    expect(gold.claims.length).toBeGreaterThan(0);
    const report = await runEvaluation({ sourcesDir: SEEDS, gold });
    expect(report.goldProblems).toEqual([]);
    expect(report.sourceProblems).toEqual([]);
  });

  it('reaches overall F1 ≥ 0.95, every field ≥ 0.8, and 100% of citations verify', async () => {
    const report = await runEvaluation({ sourcesDir: SEEDS });
    console.log(`\nevaluation on the seeds\n${formatScoreTable(report.scores, report.citations)}`);
    if (report.failures.length > 0) console.log(`below threshold:\n  ${report.failures.join('\n  ')}`);
    expect(report.citations.mismatches).toEqual([]);
    expect(report.citations.verified).toBe(report.citations.total);
    expect(report.scores.overall.f1).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.minF1);
    const low = report.scores.fields
      .filter((s) => s.f1 < DEFAULT_THRESHOLDS.minFieldF1)
      .map((s) => `${s.field} ${s.f1.toFixed(3)}`);
    expect(low).toEqual([]);
  }, 60_000);
});

describe('dealbrief eval', () => {
  const cli = async (argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      now: new Date(0),
    });
    return { code, stdout, stderr };
  };

  it('prints the table and exits 0 at zero thresholds when every citation verifies', async () => {
    const result = await cli(['eval', '--sources', SEEDS, '--min-f1', '0', '--min-field-f1', '0']);
    expect(result.stdout).toMatch(/^overall\s+\d+/m);
    expect(result.stdout).toMatch(/^citations verified (\d+)\/\1 \(100%\)$/m);
    expect(result.code).toBe(0);
  });

  it('exits 1 below the thresholds, naming each miss on stderr', async () => {
    const result = await cli(['eval', '--sources', SEEDS, '--min-f1', '1', '--min-field-f1', '1', '--json']);
    const report = JSON.parse(result.stdout);
    expect(result.code).toBe(report.passed ? 0 : 1);
    expect(report.passed).toBe(report.failures.length === 0);
    for (const failure of report.failures) expect(result.stderr).toContain(`below threshold: ${failure}`);
  });

  it('rejects bad thresholds as usage errors and lists eval in --help', async () => {
    expect((await cli(['eval', '--min-f1', '1.5'])).code).toBe(2);
    expect((await cli(['eval', '--min-field-f1', 'high'])).code).toBe(2);
    expect((await cli(['eval', 'extra'])).code).toBe(2);
    expect((await cli(['--help'])).stdout).toMatch(/dealbrief eval \[--sources <dir>\]/);
    expect((await cli(['eval', '--help'])).stdout).toMatch(/--min-field-f1/);
  });

  it('exits 1 for a gold file that is not valid', async () => {
    const result = await cli([
      'eval',
      '--sources',
      SEEDS,
      '--gold',
      fileURLToPath(new URL('./gold-schema.ts', import.meta.url)),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/gold-schema\.ts: invalid JSON/);
  });
});
