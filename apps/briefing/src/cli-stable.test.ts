import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliProcess, SEEDS } from './test-cli.js';

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function runInto(env: Record<string, string>): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'dealbrief-stable-'));
  made.push(out);
  const exit = await runCliProcess(['run', '--sources', SEEDS, '--out', out, '--as-of', '2025-11-05'], env);
  expect(exit.code, exit.stderr).toBe(0);
  return join(out, 'latest');
}

describe('byte-stable packs', () => {
  it('gives byte-identical files and zip for the same inputs and as-of date, in any time zone', async () => {
    const first = await runInto({ TZ: 'UTC' });
    const second = await runInto({ TZ: 'Asia/Seoul' });
    const names = (await readdir(first)).filter((n) => n !== 'run.json').sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'briefing.json',
        'briefing.csv',
        'claims.csv',
        'sources.csv',
        'briefing.xlsx',
        'briefing.pdf',
        'manifest.json',
      ]),
    );
    const zips = names.filter((n) => n.endsWith('.zip'));
    expect(zips).toHaveLength(1);
    expect(zips[0]).toMatch(/^dealbrief-2025-11-05-2\d{3}-\d\d-\d\dT\d{6}Z(-\d+)?\.zip$/);
    for (const name of names.filter((n) => !n.endsWith('.zip'))) {
      expect((await readFile(join(second, name))).equals(await readFile(join(first, name))), name).toBe(true);
    }
    const secondZip = (await readdir(second)).find((n) => n.endsWith('.zip'))!;
    const zipBytes = await readFile(join(first, zips[0]!));
    expect(zipBytes.equals(await readFile(join(second, secondZip)))).toBe(true);
    for (const name of names.filter((n) => !n.endsWith('.zip')))
      expect(zipBytes.includes(Buffer.from(name))).toBe(true);
    expect(zipBytes.includes(Buffer.from('run.json'))).toBe(false);
  });
});
