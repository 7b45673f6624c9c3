import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from './run-command.js';
import { runCliProcess, SEEDS } from './test-cli.js';
import { verifyPack } from './verify-pack.js';
import { BRIEFING_FILE, writePack } from './write-pack.js';

// Failures of the output folder: a path that cannot be a folder, a read-only file system, a full disk.
// Each gives exit 1 and one clear line (no stack), and leaves the last pack and `latest` untouched.
// Tests run as root in CI, where chmod cannot make a folder read-only, so the failures come from the
// kernel itself: a path under a regular file (ENOTDIR), /sys (EPERM/EACCES/EROFS) and /dev/full (ENOSPC).

const STACK = /^\s+at .+[:(]/m;
let root: string;
let out: string;
let latest: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dealbrief-output-'));
  out = join(root, 'out');
  const first = await runCliProcess(['run', '--sources', SEEDS, '--out', out, '--as-of', '2025-11-05']);
  expect(first.code, first.stderr).toBe(0);
  latest = await readlink(join(out, 'latest'));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('dealbrief run when the output folder fails', () => {
  it('exits 1 with one line when --out lies under a regular file (ENOTDIR)', async () => {
    await writeFile(join(root, 'a-file'), 'not a folder\n');
    const target = join(root, 'a-file', 'out');
    const result = await runCliProcess(['run', '--sources', SEEDS, '--out', target, '--as-of', '2025-11-05']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `dealbrief: cannot create ${target}: a part of the path is a file, not a folder (ENOTDIR)\n`,
    );
  });

  it.skipIf(!existsSync('/sys/kernel'))('exits 1 with one line for a read-only place (/sys)', async () => {
    const target = `/sys/kernel/dealbrief-test-${process.pid}/out`;
    const result = await runCliProcess(['run', '--sources', SEEDS, '--out', target, '--as-of', '2025-11-05']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^dealbrief: cannot create \/sys\/kernel\/\S+: [a-z ]+ \((EPERM|EACCES|EROFS|ENOENT)\)\n$/,
    );
  });

  it.skipIf(!existsSync('/proc/self'))(
    'does not hang on /proc (mkdir -p loops there in Node 20)',
    async () => {
      const target = `/proc/dealbrief-test-${process.pid}/out`;
      const result = await runCliProcess([
        'run',
        '--sources',
        SEEDS,
        '--out',
        target,
        '--as-of',
        '2025-11-05',
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^dealbrief: cannot create \/proc\/\S+: [a-z ]+ \([A-Z]+\)\n$/);
    },
    20_000,
  );

  it.skipIf(!existsSync('/dev/full'))(
    'exits 1 on a full disk (ENOSPC), says so in one line, and leaves the last pack untouched',
    async () => {
      const lines: string[] = [];
      const result = await runCommand(
        { sources: SEEDS, out, asOf: '2025-11-05', force: true },
        {
          now: new Date('2025-11-05T12:00:00Z'),
          stdout: (text) => lines.push(text),
          stderr: (text) => lines.push(text),
          handleSignals: false,
          cwd: root,
          // briefing.json lands on /dev/full: every write to it fails with ENOSPC, as on a full disk
          writePack: async (dir, input) => {
            await symlink('/dev/full', join(dir, BRIEFING_FILE));
            return writePack(dir, input);
          },
        },
      );
      expect(result).toMatchObject({ exitCode: 1, outcome: 'failed' });
      const stderr = lines.join('');
      // progress lines first, then the one error line
      expect(stderr).toMatch(
        /\ndealbrief: cannot write the pack to \S+\/runs\/2025-11-05T120000Z: no space left on device \(ENOSPC\)\n$/,
      );
      expect(stderr).not.toMatch(STACK);
      expect(await readlink(join(out, 'latest'))).toBe(latest);
      expect((await readdir(out)).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
      expect(await readdir(join(out, 'runs'))).toEqual([latest.replace(/^runs\//, '')]);
      expect((await verifyPack(join(out, 'latest'))).problems).toEqual([]);
    },
    60_000,
  );
});
