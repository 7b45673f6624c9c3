import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeRunKey, type RunKeyInput } from './run-key.js';
import { SEEDS } from './test-cli.js';

let sources: string;
beforeAll(async () => {
  sources = await mkdtemp(join(tmpdir(), 'dealbrief-run-key-'));
  await cp(SEEDS, sources, { recursive: true });
});
afterAll(async () => {
  await rm(sources, { recursive: true, force: true });
});

describe('computeRunKey', () => {
  it('changes with every input of a run and with nothing else', async () => {
    const base: RunKeyInput = {
      sourcesDir: sources,
      formats: ['csv', 'json'],
      asOf: '2025-11-05',
      version: '1',
    };
    const key = await computeRunKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await computeRunKey({ ...base })).toBe(key);
    const variants = [
      { ...base, asOf: '2025-11-06' },
      { ...base, formats: ['json'] as const },
      { ...base, version: '2' },
      { ...base, profile: { id: 'x' } as never },
    ];
    for (const variant of variants) expect(await computeRunKey(variant)).not.toBe(key);
    await writeFile(join(sources, 'sources.json'), '{ "sources": [] }');
    const registryChanged = await computeRunKey(base);
    expect(registryChanged).not.toBe(key);
    await writeFile(join(sources, '005_new.txt'), 'A new article.');
    expect(await computeRunKey(base)).not.toBe(registryChanged);
  });
});
