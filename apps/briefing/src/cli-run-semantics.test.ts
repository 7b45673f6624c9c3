import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess, SEEDS } from './test-cli.js';

// End to end over the built CLI: unchanged detection, --force, --formats, the lock, list and prune.
const E2E_TIMEOUT = 90_000;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dealbrief-semantics-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fresh copy of the seeds and an output folder beside it. */
async function workspace(name: string): Promise<{ sources: string; out: string }> {
  const sources = join(root, name, 'seeds');
  await cp(SEEDS, sources, { recursive: true });
  return { sources, out: join(root, name, 'out') };
}

const runIds = async (out: string): Promise<string[]> =>
  (await readdir(join(out, 'runs')).catch(() => [] as string[])).sort();
const latestId = async (out: string): Promise<string> => (await readFile(join(out, 'LATEST'), 'utf8')).trim();

describe('dealbrief run: unchanged inputs, changed inputs, --force', () => {
  it(
    'reports "unchanged" without a new run, runs again after a seed changes, and on --force',
    async () => {
      const { sources, out } = await workspace('unchanged');
      const args = ['run', '--sources', sources, '--out', out, '--as-of', '2025-11-05'];
      const first = await runCliProcess(args);
      expect(first.code, first.stderr).toBe(0);
      const [firstId] = await runIds(out);

      const again = await runCliProcess(args);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toBe(`unchanged: ${firstId}\n`);
      expect(await runIds(out)).toEqual([firstId]);

      const json = await runCliProcess([...args, '--json']);
      expect(JSON.parse(json.stdout.trim())).toMatchObject({
        level: 'info',
        event: 'unchanged',
        runId: firstId,
      });

      await appendFile(join(sources, '003_850620bdc68531a6.txt'), '\nA correction was added later.\n');
      const changed = await runCliProcess(args);
      expect(changed.code, changed.stderr).toBe(0);
      expect(changed.stdout).toMatch(/^run /);
      expect(await runIds(out)).toHaveLength(2);

      const forced = await runCliProcess([...args, '--force', '--keep', '2']);
      expect(forced.code, forced.stderr).toBe(0);
      const ids = await runIds(out);
      expect(ids).toHaveLength(2);
      expect(ids).not.toContain(firstId);
      expect(ids).toContain(await latestId(out));

      const otherDay = await runCliProcess([...args.slice(0, -1), '2025-11-06']);
      expect(otherDay.stdout).toMatch(/^run 2025-11-06T/);
    },
    E2E_TIMEOUT,
  );
});

describe('dealbrief run --formats', () => {
  it(
    'writes only the CSVs besides briefing.json, manifest.json and run.json; the manifest lists them',
    async () => {
      const { sources, out } = await workspace('formats');
      const exit = await runCliProcess(['run', '--sources', sources, '--out', out, '--formats', 'csv']);
      expect(exit.code, exit.stderr).toBe(0);
      const files = (await readdir(join(out, 'latest'))).sort();
      expect(files).toEqual([
        'briefing.csv',
        'briefing.json',
        'claims.csv',
        'conflicts.csv',
        'manifest.json',
        'run.json',
        'sources.csv',
      ]);
      const manifest = JSON.parse(await readFile(join(out, 'latest', 'manifest.json'), 'utf8'));
      expect(manifest.files.map((f: { name: string }) => f.name)).toEqual(
        files.filter((f) => f !== 'manifest.json' && f !== 'run.json'),
      );
      const run = JSON.parse(await readFile(join(out, 'latest', 'run.json'), 'utf8'));
      expect(run.formats).toEqual(['csv', 'json']);
      expect((await runCliProcess(['verify', 'latest', '--out', out])).code).toBe(0);
    },
    E2E_TIMEOUT,
  );
});

describe('the config file', () => {
  it(
    'supplies sources, out, formats and keep from ./dealbrief.config.json; flags win',
    async () => {
      const { sources } = await workspace('config');
      const cwd = join(root, 'config');
      await writeFile(
        join(cwd, 'dealbrief.config.json'),
        JSON.stringify({ sources: 'seeds', out: 'out', formats: ['json'], timeZone: 'Asia/Seoul' }),
      );
      const exit = await runCliProcess(['run'], {}, cwd);
      expect(exit.code, exit.stderr).toBe(0);
      expect((await readdir(join(cwd, 'out', 'latest'))).sort()).toEqual([
        'briefing.json',
        'manifest.json',
        'run.json',
      ]);
      const forced = await runCliProcess(
        ['run', '--formats', 'zip', '--force', '--sources', sources],
        {},
        cwd,
      );
      expect(forced.code, forced.stderr).toBe(0);
      expect((await readdir(join(cwd, 'out', 'latest'))).some((f) => f.endsWith('.zip'))).toBe(true);
    },
    E2E_TIMEOUT,
  );

  it('rejects an invalid config with exit 2, naming the file and each JSON path', async () => {
    const dir = join(root, 'bad-config');
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'dealbrief.config.json');
    await writeFile(file, JSON.stringify({ formats: ['csv', 'docx'], keep: 0, timeZone: 'Nowhere/Town' }));
    const exit = await runCliProcess([
      'run',
      '--config',
      file,
      '--sources',
      SEEDS,
      '--out',
      join(dir, 'out'),
    ]);
    expect(exit.code).toBe(2);
    expect(exit.stderr).toContain(`${file} is not a valid config`);
    expect(exit.stderr).toMatch(/\$\.formats\[1\]: /);
    expect(exit.stderr).toMatch(/\$\.keep: /);
    expect(exit.stderr).toMatch(/\$\.timeZone: not an IANA time zone/);
    const missing = await runCliProcess(
      ['run', '--out', join(dir, 'out')],
      {},
      dir.replace(/bad-config$/, ''),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--sources <dir> is required/);
  });
});

describe('the lock on out/', () => {
  it(
    'lets one of two concurrent runs publish: the other exits 4 (busy), or with --wait runs after it',
    async () => {
      const { sources, out } = await workspace('concurrent');
      const args = ['run', '--sources', sources, '--out', out, '--as-of', '2025-11-05'];
      const [a, b] = await Promise.all([runCliProcess(args), runCliProcess(args)]);
      expect([a.code, b.code].sort()).toEqual([0, 4]);
      const busy = a.code === 4 ? a : b;
      expect(busy.stderr).toMatch(/another run \(pid \d+ on .*\) holds .*\.lock; try again later/);
      expect(await runIds(out)).toHaveLength(1);

      const [c, d] = await Promise.all([
        runCliProcess([...args, '--force', '--wait', '60']),
        runCliProcess([...args, '--force', '--wait', '60']),
      ]);
      expect([c.code, d.code], c.stderr + d.stderr).toEqual([0, 0]);
      expect(c.stderr + d.stderr).toMatch(/waiting for .*\.lock/);
      expect(await runIds(out)).toHaveLength(3);
      await expect(readFile(join(out, '.lock'))).rejects.toThrow(/ENOENT/);
    },
    E2E_TIMEOUT,
  );

  it(
    'takes over a lock left by a dead process and removes leftover temp folders',
    async () => {
      const { sources, out } = await workspace('stale');
      await mkdir(join(out, '.tmp-2025-11-05T000000Z'), { recursive: true });
      const dead = { pid: 2 ** 22 + 12_345, host: hostname(), startedAt: '2025-11-05T00:00:00.000Z' };
      await writeFile(join(out, '.lock'), JSON.stringify(dead));
      const exit = await runCliProcess(['run', '--sources', sources, '--out', out]);
      expect(exit.code, exit.stderr).toBe(0);
      expect(exit.stderr).toMatch(/removed a stale lock .*pid 4206649/);
      expect(exit.stderr).toMatch(/removed \.tmp-2025-11-05T000000Z/);
      expect((await readdir(out)).sort()).toEqual(['LATEST', 'latest', 'runs']);
    },
    E2E_TIMEOUT,
  );
});

describe('dealbrief list and prune', () => {
  it(
    'lists runs newest first with the latest marked, and prunes all but the newest n',
    async () => {
      const { sources, out } = await workspace('list');
      const args = ['run', '--sources', sources, '--out', out, '--formats', 'json'];
      for (const asOf of ['2025-11-05', '2025-11-06', '2025-11-07']) {
        const exit = await runCliProcess([...args, '--as-of', asOf]);
        expect(exit.code, exit.stderr).toBe(0);
      }
      const list = await runCliProcess(['list', '--out', out]);
      const lines = list.stdout.trim().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(
        /^\* {2}2025-11-07T\d{6}Z {2}as-of 2025-11-07 {2}created \S+ {2}ok +sources 5 ok\/0 rejected {2}fields \d+ agreed\/\d+ disputed\/\d+ single\/\d+ not-found$/,
      );
      expect(lines[2]).toMatch(/^ {3}2025-11-05T/);
      const json = (await runCliProcess(['list', '--out', out, '--json'])).stdout.trim().split('\n');
      expect(JSON.parse(json[0]!)).toMatchObject({ latest: true, asOf: '2025-11-07', status: 'ok' });

      const pruned = await runCliProcess(['prune', '--keep', '1', '--out', out]);
      expect(pruned.code, pruned.stderr).toBe(0);
      expect(pruned.stdout).toMatch(/^pruned 2 run\(s\): 2025-11-06T\d{6}Z, 2025-11-05T/);
      const ids = await runIds(out);
      expect(ids).toEqual([await latestId(out)]);
      expect((await runCliProcess(['verify', out])).code).toBe(0);
      expect((await runCliProcess(['prune', '--out', out])).code).toBe(2);
    },
    E2E_TIMEOUT,
  );
});
