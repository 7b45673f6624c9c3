import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Briefing } from '@dealbrief/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess, SEEDS } from './test-cli.js';

// The worker file exists only built, so the threads are loaded from dist (npm test builds it first).
type Threads = typeof import('./export-threads.js');
const loadThreads = async (): Promise<Threads> =>
  (await import(new URL('../dist/export-threads.js', import.meta.url).href)) as Threads;

let work: string;
let briefing: Briefing;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dealbrief-threads-'));
  const exit = await runCliProcess(
    [
      'run',
      '--sources',
      SEEDS,
      '--out',
      join(work, 'seeds'),
      '--as-of',
      '2025-11-05',
      '--formats',
      'json',
      '--quiet',
    ],
    { DEALBRIEF_EXPORT_THREADS: '0' },
  );
  expect(exit.code, exit.stderr).toBe(0);
  briefing = JSON.parse(readFileSync(join(work, 'seeds', 'latest', 'briefing.json'), 'utf8')) as Briefing;
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const never = async (): Promise<void> => {
  throw new Error('the in-process writer was used');
};

describe('export threads', () => {
  it('write the same XLSX and PDF bytes in their threads as in-process', async () => {
    const { startExportThreads } = await loadThreads();
    const { writeXlsx } = await import('@dealbrief/export-xlsx');
    const { writePdf } = await import('@dealbrief/export-pdf');
    const threads = startExportThreads(['xlsx', 'pdf'], 5, true);
    try {
      await Promise.all([
        threads.writerFor('xlsx', briefing, never)(briefing, join(work, 'thread.xlsx')),
        threads.writerFor('pdf', briefing, never)(briefing, join(work, 'thread.pdf')),
      ]);
    } finally {
      await threads.close();
    }
    await writeXlsx(briefing, join(work, 'here.xlsx'));
    await writePdf(briefing, join(work, 'here.pdf'));
    expect(readFileSync(join(work, 'thread.xlsx')).equals(readFileSync(join(work, 'here.xlsx')))).toBe(true);
    expect(readFileSync(join(work, 'thread.pdf')).equals(readFileSync(join(work, 'here.pdf')))).toBe(true);
  });

  it("report a writer's error as in-process: a DealbriefError stays one, with its code and message", async () => {
    const { startExportThreads } = await loadThreads();
    const { writePdf } = await import('@dealbrief/export-pdf');
    const { isDealbriefError } = await import('@dealbrief/core');
    const path = join(work, 'no-such-folder', 'briefing.pdf');
    const here = await writePdf(briefing, path).then(
      () => null,
      (error: unknown) => error as Error & { code?: string },
    );
    const threads = startExportThreads(['pdf'], 5, true);
    const thread = await threads
      .writerFor(
        'pdf',
        briefing,
        never,
      )(briefing, path)
      .then(
        () => null,
        (error: unknown) => error as Error & { code?: string },
      );
    await threads.close();
    expect(here?.message).toContain('no-such-folder');
    expect(isDealbriefError(thread)).toBe(isDealbriefError(here));
    expect({ code: thread?.code, message: thread?.message }).toEqual({
      code: here?.code,
      message: here?.message,
    });
  });

  it('leave large briefings, many sources, unwanted formats and a disabled setting to the in-process writer', async () => {
    const { EXPORT_THREAD_CLAIM_LIMIT, EXPORT_THREAD_SOURCE_LIMIT, exportThreadsWanted, startExportThreads } =
      await loadThreads();
    const here = async (): Promise<void> => {};
    const threads = startExportThreads(['xlsx'], 5, true);
    const large = { ...briefing, claims: new Array(EXPORT_THREAD_CLAIM_LIMIT + 1).fill(briefing.claims[0]) };
    expect(threads.writerFor('xlsx', large, here)).toBe(here);
    expect(threads.writerFor('pdf', briefing, here)).toBe(here);
    expect(threads.writerFor('xlsx', briefing, here)).not.toBe(here);
    expect(threads.writerFor('xlsx', briefing, here)).toBe(here); // a thread writes once
    await threads.close();
    expect(startExportThreads(['xlsx', 'pdf'], 5, false).writerFor('pdf', briefing, here)).toBe(here);
    const crowd = startExportThreads(['xlsx'], EXPORT_THREAD_SOURCE_LIMIT + 1, true);
    expect(crowd.writerFor('xlsx', briefing, here)).toBe(here);
    expect(exportThreadsWanted({ DEALBRIEF_EXPORT_THREADS: '0' })).toBe(false);
    expect(exportThreadsWanted({})).toBe(true);
  });

  it('give a byte-identical pack with and without threads', async () => {
    const run = async (name: string, env: Record<string, string>) => {
      const out = join(work, name);
      const exit = await runCliProcess(
        [
          'run',
          '--sources',
          SEEDS,
          '--out',
          out,
          '--as-of',
          '2025-11-05',
          '--formats',
          'csv,xlsx,pdf',
          '--quiet',
        ],
        env,
      );
      expect(exit.code, exit.stderr).toBe(0);
      return JSON.parse(readFileSync(join(out, 'latest', 'manifest.json'), 'utf8')).files;
    };
    const threaded = await run('threaded', {});
    const plain = await run('plain', { DEALBRIEF_EXPORT_THREADS: '0' });
    expect(threaded.map((f: { name: string }) => f.name)).toContain('briefing.pdf');
    expect(threaded).toEqual(plain);
  });
});
