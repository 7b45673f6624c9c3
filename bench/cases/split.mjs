// Beside "both cores": the corpus cut into --threads N parts, each read, parsed and mined by its own worker
// thread that keeps its results (the claims and the text, as collectSources keeps them) and sends back only
// counts. Nothing is handed over, but the workers start (load the code) inside the timing, as a pool's do;
// the ceiling, with no start-up timed, is the processes case.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadProfile, readSourceRegistry } from 'dealbrief';
import { analysePart } from './analyse-file.mjs';
import { corpusPart, listCorpus, readArgs, report, timed } from './common.mjs';

if (isMainThread) {
  const { dir, threads = '2' } = readArgs();
  const files = listCorpus(dir);
  const count = Number(threads);
  const parts = Array.from({ length: count }, (_, k) => corpusPart(files, k, count));
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
  parentPort.postMessage(analysePart(dir, files, profile, (file) => published[file]));
}
