// Baseline for "both cores": the corpus cut into --threads N parts, each read, parsed and mined by its own
// worker thread that keeps its results (the claims and the text, as collectSources keeps them) and sends
// back only counts. Nothing is shared or handed over, so time(1 core) / time(this) is the most any pool
// can gain on this machine for this work (memory and cache contention included), not the ideal N×.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadProfile, readSourceRegistry } from 'dealbrief';
import { analyseFile } from './analyse-file.mjs';
import { listCorpus, readArgs, report, timed } from './common.mjs';

if (isMainThread) {
  const { dir, threads = '2' } = readArgs();
  const files = listCorpus(dir);
  const count = Number(threads);
  const parts = Array.from({ length: count }, (_, k) => files.filter((_, i) => i % count === k));
  const profile = await loadProfile();
  const registry = await readSourceRegistry(dir);
  const published = Object.fromEntries(files.map((file) => [file, registry.entries.get(file)?.published]));
  const { wallMs, value } = await timed(() =>
    Promise.all(
      parts.map(
        (part) =>
          new Promise((done, fail) => {
            const worker = new Worker(new URL(import.meta.url), {
              workerData: { dir, files: part, profile, published },
            });
            worker.once('message', done).once('error', fail);
          }),
      ),
    ),
  );
  report({
    wallMs,
    bytes: value.reduce((s, r) => s + r.bytes, 0),
    rows: value.reduce((s, r) => s + r.claims, 0),
  });
} else {
  const { dir, files, profile, published } = workerData;
  const kept = files.map((file) => analyseFile(dir, file, profile, published[file]));
  parentPort.postMessage({
    bytes: kept.reduce((s, k) => s + k.bytes, 0),
    claims: kept.reduce((s, k) => s + k.claims.length, 0),
  });
}
