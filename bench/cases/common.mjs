// Shared by the bench cases: arguments, the corpus' files, and the one JSON line each case prints.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `--docs 1000 --workers 2` → { docs: '1000', workers: '2' }. */
export function readArgs(argv = process.argv.slice(2)) {
  const args = {};
  for (let i = 0; i < argv.length; i += 1) {
    const key = argv[i];
    if (key?.startsWith('--')) {
      args[key.slice(2)] = argv[i + 1];
      i += 1;
    }
  }
  return args;
}

/** The names of the corpus' `*.txt` files, sorted. */
export function listCorpus(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** Part `k` of the corpus' files cut into `count` parts (every count-th file, from the k-th). */
export function corpusPart(files, k, count) {
  return files.filter((_, i) => i % count === k);
}

/**
 * Whether `taskset` (util-linux) can pin a process to one CPU here: a Node process left unpinned runs V8's
 * compiler and garbage-collector threads on the other core, so only a pinned run measures one core.
 */
export function canPin() {
  return spawnSync('taskset', ['-c', '0', process.execPath, '-e', '0']).status === 0;
}

/** The corpus' `*.txt` files, sorted, with their bytes. */
export function readCorpus(dir) {
  return listCorpus(dir).map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) }));
}

/** The corpus' total size in bytes, without holding its files. */
export function corpusBytes(dir) {
  return listCorpus(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

/**
 * Milliseconds taken by `work` (awaited), and the resident memory it added: the highest RSS sampled every
 * 10 ms while it ran (asynchronous work lets the sampler in), minus the RSS before it started.
 */
export async function timed(work) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const start = process.hrtime.bigint();
  const value = await work();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { wallMs, value, addedRssMb: Math.round((peak - before) / 1024 / 1024) };
}

/**
 * Prints the case's result as one JSON line, with the process's peak RSS unless the case measured its own
 * (a case whose work runs in other processes).
 */
export function report(result) {
  const peakRssMb = result.peakRssMb ?? Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ...result, peakRssMb })}\n`);
}
