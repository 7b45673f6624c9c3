// Ceiling for "both cores": the corpus cut into --processes N parts, each read, parsed and mined by its own
// process, pinned to a CPU of its own with taskset (as the 1-core case is; without taskset the case fails).
// Each process loads the code, the profile and the registry before the clock starts, and keeps its results
// (the claims and the text, as collectSources keeps them), sending back only counts. Nothing is shared,
// not even V8's helper threads, nothing is handed over, and no start-up is timed: time(1 core) /
// time(this) is the most that splitting this work across the cores can gain on this machine, each
// process paying V8's JIT warm-up as every thread must. The clock runs from the moment all processes are
// told to go until the last one is done.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadProfile, readSourceRegistry } from 'dealbrief';
import { analysePart } from './analyse-file.mjs';
import { canPin, corpusPart, listCorpus, readArgs, report } from './common.mjs';

const { dir, processes = '2', part } = readArgs();
const count = Number(processes);

if (part === undefined) {
  if (!canPin()) throw new Error('taskset (util-linux) is needed to pin each part to a CPU');
  const self = fileURLToPath(import.meta.url);
  const children = Array.from({ length: count }, (_, k) => {
    const command = [process.execPath, self, '--dir', dir, '--processes', String(count), '--part', String(k)];
    return spawn('taskset', ['-c', String(k % availableParallelism()), ...command], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  });
  /** The next message of `child`; a child that exits first fails the case with its exit code. */
  const next = (child) =>
    new Promise((resolve, fail) => {
      const exited = (code) => fail(new Error(`a part process exited with ${code} before it reported`));
      child.once('exit', exited).once('message', (message) => {
        child.off('exit', exited);
        resolve(message);
      });
    });
  await Promise.all(children.map(next));
  const start = process.hrtime.bigint();
  const done = Promise.all(children.map(next));
  for (const child of children) child.send('go');
  const results = await done;
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  report({
    wallMs,
    bytes: results.reduce((sum, r) => sum + r.bytes, 0),
    rows: results.reduce((sum, r) => sum + r.claims, 0),
    // The processes' peaks added up: they hold their parts at the same time.
    peakRssMb: Math.round(results.reduce((sum, r) => sum + r.peakRssKb, 0) / 1024),
  });
} else {
  const files = corpusPart(listCorpus(dir), Number(part), count);
  const profile = await loadProfile();
  const registry = await readSourceRegistry(dir);
  process.send('ready');
  await new Promise((go) => process.once('message', go));
  const counts = analysePart(dir, files, profile, (file) => registry.entries.get(file)?.published);
  // Sent, the channel has no listener left and the process ends.
  process.send({ ...counts, peakRssKb: process.resourceUsage().maxRSS });
}
