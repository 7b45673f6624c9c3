import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectSources } from './collect-sources.js';
import { loadProfile } from './load-profile.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dealbrief-collect-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('collectSources', () => {
  it('rejects a file whose source id an earlier file already uses, accepted or rejected', async () => {
    // Files are read in name order ("-" sorts before "_").
    await writeFile(join(dir, '000-first.txt'), 'Nvidia will supply up to 260,000 GPUs to Samsung and SK.\n');
    await writeFile(join(dir, '000_second.txt'), 'Nvidia will supply 250,000 GPUs.\n');
    await writeFile(join(dir, '001-empty.txt'), '');
    await writeFile(join(dir, '001_again.txt'), 'Nvidia will supply 200,000 GPUs.\n');
    const collected = await collectSources(dir, new Map(), await loadProfile());
    const byFile = new Map(collected.sources.map((s) => [s.file, s]));
    expect(byFile.get('000-first.txt')).toMatchObject({ status: 'ok' });
    expect(byFile.get('000_second.txt')).toMatchObject({
      status: 'rejected',
      problem: 'source id "000" is already used by 000-first.txt',
    });
    // The id of a rejected file is taken too.
    expect(byFile.get('001-empty.txt')).toMatchObject({ status: 'rejected' });
    expect(byFile.get('001_again.txt')).toMatchObject({
      status: 'rejected',
      problem: 'source id "001" is already used by 001-empty.txt',
    });
  });
});
