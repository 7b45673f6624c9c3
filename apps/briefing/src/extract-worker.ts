import { parentPort, workerData } from 'node:worker_threads';
import type { Profile } from '@dealbrief/core';
import { type AnalyseInput, type Analysis, analyseSource, slimAnalysis } from './analyse-source.js';

/** A worker of the extract pool: parses and mines each batch of sources it is sent, in order. */
const profile = (workerData as { profile: Profile }).profile;
const port = parentPort;
if (port) {
  port.on('message', (batch: AnalyseInput[]) => {
    const results: (Analysis | null)[] = batch.map((input) => {
      try {
        return slimAnalysis(analyseSource(input, profile));
      } catch {
        return null; // the main thread redoes this source in-process, where the error surfaces as usual
      }
    });
    port.postMessage(results);
  });
}
