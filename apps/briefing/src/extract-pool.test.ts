import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceIdFromFile } from '@dealbrief/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseSource, slimAnalysis } from './analyse-source.js';
import { loadProfile } from './load-profile.js';
import { runCliProcess, SEEDS } from './test-cli.js';

// The worker file exists only built, so the pool is loaded from dist (npm test builds it first).
type Pool = typeof import('./extract-pool.js');
const loadPool = async (): Promise<Pool> =>
  (await import(new URL('../dist/extract-pool.js', import.meta.url).href)) as Pool;

let work: string;
let sources: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dealbrief-pool-'));
  sources = join(work, 'sources');
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  mkdirSync(sources);
  for (let i = 0; i < 12; i += 1) {
    const seed = seeds[i % seeds.length]!;
    copyFileSync(join(SEEDS, seed), join(sources, `${String(i).padStart(3, '0')}_${seed.slice(4)}`));
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('extraction across worker threads', () => {
  it('analyses every source in workers exactly as in-process', async () => {
    const { analyseAhead } = await loadPool();
    const files = readdirSync(sources).sort();
    const profile = await loadProfile();
    const ahead = await analyseAhead(sources, realpathSync(sources), files, new Map(), profile, {
      workers: 2,
      threshold: 0,
    });
    expect([...ahead.keys()].sort()).toEqual(files);
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(join(sources, file)));
      const local = analyseSource({ file, bytes, source: sourceIdFromFile(file) }, profile);
      expect(JSON.stringify(ahead.get(file)?.analysis)).toBe(JSON.stringify(slimAnalysis(local)));
      expect(ahead.get(file)?.analysis.outcome.document?.text).toBe(local.outcome.document?.text);
    }
  });

  it('leaves every source to collectSources up to the threshold', async () => {
    const { analyseAhead } = await loadPool();
    const files = readdirSync(sources).sort();
    const profile = await loadProfile();
    const at = { workers: 1, threshold: files.length };
    expect((await analyseAhead(sources, realpathSync(sources), files, new Map(), profile, at)).size).toBe(0);
    const off = { workers: 0, threshold: 0 };
    expect((await analyseAhead(sources, realpathSync(sources), files, new Map(), profile, off)).size).toBe(0);
  });

  it('reads its settings from the environment, and its defaults where a value is not a whole number ≥ 0', async () => {
    const { readPoolSettings, POOL_THRESHOLD } = await loadPool();
    const defaults = { workers: Math.min(2, availableParallelism()) - 1, threshold: POOL_THRESHOLD };
    expect(readPoolSettings({})).toEqual(defaults);
    expect(readPoolSettings({ DEALBRIEF_WORKERS: '0', DEALBRIEF_POOL_THRESHOLD: '50' })).toEqual({
      workers: 0,
      threshold: 50,
    });
    expect(readPoolSettings({ DEALBRIEF_WORKERS: 'two', DEALBRIEF_POOL_THRESHOLD: '-1' })).toEqual(defaults);
  });

  it('writes a byte-identical briefing.json with and without the pool', async () => {
    const run = async (name: string, env: Record<string, string>): Promise<string> => {
      const out = join(work, name);
      const args = ['run', '--sources', sources, '--out', out, '--as-of', '2025-11-05', '--formats', 'json'];
      const exit = await runCliProcess([...args, '--quiet'], env);
      expect(exit.code, exit.stderr).toBe(0);
      return readFileSync(join(out, 'latest', 'briefing.json'), 'utf8');
    };
    const inProcess = await run('in-process', { DEALBRIEF_WORKERS: '0' });
    const pooled = await run('pooled', { DEALBRIEF_WORKERS: '2', DEALBRIEF_POOL_THRESHOLD: '2' });
    expect(JSON.parse(inProcess).claims.length).toBeGreaterThan(100);
    expect(pooled).toBe(inProcess);
  });
});
