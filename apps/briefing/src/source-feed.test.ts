import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyseInput } from './analyse-source.js';
import { feedSources, type SourceFeed } from './source-feed.js';

let dir: string;
const FILES = ['000_a.txt', '001_b.txt', '002_c.txt', '003_d.txt', '004_e.txt'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dealbrief-feed-'));
  for (const file of FILES) writeFileSync(join(dir, file), `text of ${file}\n`);
  mkdirSync(join(dir, '005_folder.txt'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function drain(feed: SourceFeed): Promise<AnalyseInput[][]> {
  const batches: AnalyseInput[][] = [];
  for (let batch = await feed.next(); batch !== undefined; batch = await feed.next()) batches.push(batch);
  return batches;
}

describe('feedSources', () => {
  it('hands out every readable source once, in batches, with its bytes, id and publication date', async () => {
    const registry = new Map([['002_c.txt', { file: '002_c.txt', published: '2025-10-31' }]]);
    const batches = await drain(feedSources(dir, dir, [...FILES, '005_folder.txt'], registry, 2));
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
    const inputs = batches.flat().sort((a, b) => (a.file < b.file ? -1 : 1));
    expect(inputs.map((i) => i.file)).toEqual(FILES);
    expect(new TextDecoder().decode(inputs[2]!.bytes)).toBe('text of 002_c.txt\n');
    expect(inputs[2]).toMatchObject({ source: '002', published: '2025-10-31' });
    expect(inputs[0]!.published).toBeUndefined();
  });

  it('leaves out what cannot be read (a folder, a missing file) for collectSources to report', async () => {
    const batches = await drain(
      feedSources(dir, dir, ['005_folder.txt', '009_gone.txt', '000_a.txt'], new Map(), 4),
    );
    expect(batches.flat().map((i) => i.file)).toEqual(['000_a.txt']);
  });

  it('ends at once for no files, and answers every lane waiting when it ends', async () => {
    expect(await feedSources(dir, dir, [], new Map(), 4).next()).toBeUndefined();
    const feed = feedSources(dir, dir, ['000_a.txt'], new Map(), 4);
    const answers = await Promise.all([feed.next(), feed.next(), feed.next()]);
    expect(answers.filter((a) => a !== undefined).map((a) => a!.length)).toEqual([1]);
    expect(answers.filter((a) => a === undefined)).toHaveLength(2);
  });
});
