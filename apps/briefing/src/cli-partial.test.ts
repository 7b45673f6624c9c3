import { cp, mkdtemp, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BriefingSchema } from '@dealbrief/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess, SEEDS } from './test-cli.js';

// The built CLI (dist/cli.js): exit codes for partial runs, usage errors, help and version.
const PACKAGE = fileURLToPath(new URL('../package.json', import.meta.url));
const E2E_TIMEOUT = 60_000;

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dealbrief-cli-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('dealbrief run with bad inputs', () => {
  it(
    'exits 3 for a file in no recognised encoding, an unreadable file and an invalid sources.json, naming each, and keeps the other sources',
    async () => {
      const sources = join(root, 'seeds');
      await cp(SEEDS, sources, { recursive: true });
      // Bytes that are neither UTF-8, UTF-16, EUC-KR nor Windows-1252 German text.
      await writeFile(
        join(sources, '005_latin1.txt'),
        Buffer.from([0x47, 0x50, 0x55, 0x81, 0xff, 0x8d, 0x0a]),
      );
      await symlink(join(root, 'missing.txt'), join(sources, '006_dangling.txt'));
      const registry = await readFile(join(sources, 'sources.json'), 'utf8');
      await writeFile(
        join(sources, 'sources.json'),
        registry.replace('"kind": "opinion"', '"kind": "rumour"'),
      );

      const out = join(root, 'out');
      const result = await runCliProcess([
        'run',
        '--sources',
        sources,
        '--out',
        out,
        '--as-of',
        '2025-11-05',
      ]);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(`rejected ${join(sources, '005_latin1.txt')}: `);
      expect(result.stderr).toMatch(/UTF-8/);
      expect(result.stderr).toContain(
        `rejected ${join(sources, '006_dangling.txt')}: cannot read it (ENOENT`,
      );
      expect(result.stderr).toMatch(/sources\.json: \$\.sources\[3\]\.kind: Invalid option/);
      expect(result.stdout).toMatch(/^run \S+: 7 sources \(2 rejected\), \d+ claims, \d+ fields → /);

      const briefing = BriefingSchema.parse(
        JSON.parse(await readFile(join(out, 'latest', 'briefing.json'), 'utf8')),
      );
      const rejected = briefing.sources.find((s) => s.id === '005');
      expect(rejected).toMatchObject({
        status: 'rejected',
        file: '005_latin1.txt',
        languages: [],
        bytes: 7,
      });
      expect(rejected?.problem).toMatch(/UTF-8/);
      const ok = briefing.sources.filter((s) => s.status === 'ok').map((s) => s.id);
      expect(ok).toEqual(['000', '001', '002', '003', '004']);
      // the invalid registry is ignored: default metadata for every source
      expect(new Set(briefing.sources.map((s) => s.kind))).toEqual(new Set(['unknown']));
      for (const id of ok) expect(briefing.claims.some((c) => c.source === id)).toBe(true);
      expect(briefing.claims.some((c) => c.source === '005')).toBe(false);
      expect(briefing.sources.find((s) => s.id === '006')).toMatchObject({ status: 'rejected', bytes: 0 });

      const run = JSON.parse(await readFile(join(out, 'latest', 'run.json'), 'utf8'));
      expect(run.status).toBe('partial');
      expect(run.problems.map((p: { code: string }) => p.code).sort()).toEqual([
        'SOURCES_REGISTRY_INVALID',
        'SOURCE_ENCODING',
        'SOURCE_UNREADABLE',
      ]);
      // verify checks the accepted sources only and passes
      expect((await runCliProcess(['verify', join(out, 'latest')])).code).toBe(0);
    },
    E2E_TIMEOUT,
  );

  it(
    'exits 1 and leaves latest alone when the profile is invalid',
    async () => {
      const out = join(root, 'out');
      const first = await runCliProcess(['run', '--sources', SEEDS, '--out', out, '--as-of', '2025-11-05']);
      expect(first.code).toBe(0);
      const before = await readlink(join(out, 'latest'));
      const profile = join(root, 'profile.json');
      await writeFile(profile, '{ "id": "x", "title": "X", "units": {}, "fields": [], "entities": [] }');
      const second = await runCliProcess(['run', '--sources', SEEDS, '--out', out, '--profile', profile]);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/profile\.json is not a valid profile:\n {2}\$\.fields: /);
      expect(await readlink(join(out, 'latest'))).toBe(before);
    },
    E2E_TIMEOUT,
  );

  it('exits 1 when the sources folder does not exist', async () => {
    const result = await runCliProcess(['run', '--sources', join(root, 'nope'), '--out', join(root, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot read the sources folder .*nope: ENOENT/);
  });
});

describe('dealbrief command line', () => {
  it('prints help listing the commands and exit codes', async () => {
    const result = await runCliProcess(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/dealbrief run \[--sources <dir>\] \[--out <dir>\]/);
    expect(result.stdout).toMatch(/dealbrief verify <pack-dir/);
    for (const code of ['0', '1', '2', '3', '4'])
      expect(result.stdout).toMatch(new RegExp(`^ {2}${code} {2}\\S`, 'm'));
    const runHelp = await runCliProcess(['run', '--help']);
    expect(runHelp.code).toBe(0);
    expect(runHelp.stdout).toMatch(/--as-of YYYY-MM-DD/);
  });

  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(await readFile(PACKAGE, 'utf8'));
    expect(await runCliProcess(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits 2 for an unknown command, an unknown option or a missing --sources', async () => {
    const unknown = await runCliProcess(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    expect((await runCliProcess(['run', '--sources', SEEDS, '--out', root, '--colour'])).code).toBe(2);
    const missing = await runCliProcess(['run', '--out', root]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--sources <dir> is required/);
    expect(
      (await runCliProcess(['run', '--sources', SEEDS, '--out', root, '--as-of', '2025-13-01'])).code,
    ).toBe(2);
  });

  it('exits 1 when verify finds no pack', async () => {
    const result = await runCliProcess(['verify', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/neither a pack .* nor an output folder/);
  });
});
