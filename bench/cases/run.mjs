// The whole `dealbrief run` as a user starts it (a cold process), and `node -e 0` for process start.
// Peak RSS is the child's, reported by a preload that writes maxRSS when it exits.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArgs } from './common.mjs';

const { dir, node0 } = readArgs();
const CLI = fileURLToPath(new URL('../../apps/briefing/dist/cli.js', import.meta.url));
const PRELOAD = fileURLToPath(new URL('./rss-on-exit.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'bench-run-'));
const rssFile = join(work, 'rss');
const args =
  node0 === undefined
    ? [CLI, 'run', '--sources', dir, '--out', join(work, 'out'), '--as-of', '2025-11-05', '--quiet']
    : ['-e', '0'];
const start = process.hrtime.bigint();
const child = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
  env: { ...process.env, BENCH_RSS_FILE: rssFile },
  encoding: 'utf8',
});
const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
if (child.status !== 0 && child.status !== 3) {
  process.stderr.write(child.stderr);
  process.exit(1);
}
const peakRssMb = Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024);
rmSync(work, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ wallMs, peakRssMb, exit: child.status })}\n`);
