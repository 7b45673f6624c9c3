import { lstat, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishRun } from './publish-run.js';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'dealbrief-publish-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

const writeMarker =
  (text: string) =>
  async (dir: string): Promise<void> => {
    await writeFile(join(dir, 'briefing.json'), text);
  };

describe('publishRun', () => {
  it('renames the finished pack into runs/<id> and points latest and LATEST at it', async () => {
    const run = await publishRun({ outDir: out, baseRunId: '2025-11-05T010203Z', write: writeMarker('one') });
    expect(run).toEqual({ runId: '2025-11-05T010203Z', runDir: join(out, 'runs', '2025-11-05T010203Z') });
    expect(await readlink(join(out, 'latest'))).toBe(join('runs', '2025-11-05T010203Z'));
    expect(await readFile(join(out, 'latest', 'briefing.json'), 'utf8')).toBe('one');
    expect(await readFile(join(out, 'LATEST'), 'utf8')).toBe('2025-11-05T010203Z\n');
    expect((await readdir(out)).sort()).toEqual(['LATEST', 'latest', 'runs']);
  });

  it('suffixes the id when a run of that id exists and moves latest to the new run', async () => {
    await publishRun({ outDir: out, baseRunId: '2025-11-05T010203Z', write: writeMarker('one') });
    const second = await publishRun({
      outDir: out,
      baseRunId: '2025-11-05T010203Z',
      write: writeMarker('two'),
    });
    const third = await publishRun({
      outDir: out,
      baseRunId: '2025-11-05T010203Z',
      write: writeMarker('three'),
    });
    expect([second.runId, third.runId]).toEqual(['2025-11-05T010203Z-2', '2025-11-05T010203Z-3']);
    expect(await readFile(join(out, 'latest', 'briefing.json'), 'utf8')).toBe('three');
    expect(await readFile(join(out, 'runs', '2025-11-05T010203Z', 'briefing.json'), 'utf8')).toBe('one');
    expect((await lstat(join(out, 'latest'))).isSymbolicLink()).toBe(true);
  });

  it('does not expose a pack before it is complete', async () => {
    await publishRun({ outDir: out, baseRunId: 'A', write: writeMarker('old') });
    let seenDuringWrite: string | undefined;
    await publishRun({
      outDir: out,
      baseRunId: 'B',
      write: async (dir) => {
        await writeFile(join(dir, 'briefing.json'), 'new');
        seenDuringWrite = await readFile(join(out, 'latest', 'briefing.json'), 'utf8');
        expect(await readdir(join(out, 'runs'))).toEqual(['A']);
      },
    });
    expect(seenDuringWrite).toBe('old');
    expect(await readFile(join(out, 'latest', 'briefing.json'), 'utf8')).toBe('new');
  });

  it('leaves latest, LATEST and runs/ untouched and removes the temp folder when writing fails', async () => {
    await publishRun({ outDir: out, baseRunId: 'A', write: writeMarker('good') });
    let tmpDir = '';
    await expect(
      publishRun({
        outDir: out,
        baseRunId: 'B',
        write: async (dir) => {
          tmpDir = dir;
          await writeFile(join(dir, 'briefing.json'), 'half');
          throw new Error('exporter crashed');
        },
      }),
    ).rejects.toThrow('exporter crashed');
    expect(tmpDir).toBe(join(out, '.tmp-B'));
    await expect(lstat(tmpDir)).rejects.toThrow(/ENOENT/);
    expect(await readdir(join(out, 'runs'))).toEqual(['A']);
    expect(await readlink(join(out, 'latest'))).toBe(join('runs', 'A'));
    expect(await readFile(join(out, 'LATEST'), 'utf8')).toBe('A\n');
    expect(await readFile(join(out, 'latest', 'briefing.json'), 'utf8')).toBe('good');
    expect((await readdir(out)).sort()).toEqual(['LATEST', 'latest', 'runs']);
  });
});
