// Baseline: the same fixed CPU work in --workers N threads at once; 2 threads taking as long as 1 means the
// machine gives this run two cores at the moment (other load shows here first).
import { Worker } from 'node:worker_threads';
import { readArgs, report, timed } from './common.mjs';

const count = Number(readArgs().workers ?? 1);
const code = `let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; require('node:worker_threads').parentPort.postMessage(x);`;
const { wallMs } = await timed(() =>
  Promise.all(
    Array.from(
      { length: count },
      () => new Promise((done) => new Worker(code, { eval: true }).once('message', done)),
    ),
  ),
);
report({ wallMs });
