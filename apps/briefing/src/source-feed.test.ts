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

function drain(feed: SourceFeed): AnalyseInput[][] {
  const batches: AnalyseInput[][] = [];
  for (let batch = feed.next(); batch !== undefined; batch = feed.next()) batches.push(batch);
  return batches;
}

describe('feedSources', () => {
  it('hands out every readable source once, in batches, with its bytes, id and publication date', () => {
    const registry = new Map([['002_c.txt', { file: '002_c.txt', published: '2025-10-31' }]]);
    const batches = drain(feedSources(dir, dir, [...FILES, '005_folder.txt'], registry, 2));
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
    const inputs = batches.flat();
    expect(inputs.map((i) => i.file)).toEqual(FILES);
    expect(new TextDecoder().decode(inputs[2]!.bytes)).toBe('text of 002_c.txt\n');
    expect(inputs[2]).toMatchObject({ source: '002', published: '2025-10-31' });
    expect(inputs[0]!.published).toBeUndefined();
  });

  it('leaves out what cannot be read (a folder, a missing file) for collectSources to report', () => {
    const batches = drain(
      feedSources(dir, dir, ['005_folder.txt', '009_gone.txt', '000_a.txt'], new Map(), 4),
    );
    expect(batches.flat().map((i) => i.file)).toEqual(['000_a.txt']);
  });

  it('reads a batch only when it is asked for, and ends with undefined', () => {
    const feed = feedSources(dir, dir, FILES, new Map(), 4);
    writeFileSync(join(dir, '004_e.txt'), 'changed before its batch was read\n');
    expect(feed.next()?.map((i) => i.file)).toEqual(FILES.slice(0, 4));
    expect(new TextDecoder().decode(feed.next()?.[0]?.bytes)).toBe('changed before its batch was read\n');
    expect(feed.next()).toBeUndefined();
    expect(feedSources(dir, dir, [], new Map(), 4).next()).toBeUndefined();
  });
});
