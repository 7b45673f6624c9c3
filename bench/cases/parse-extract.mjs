// parse + extract: --workers 0 in-process (one core), or through collectSources' pool with N worker threads
// beside the main thread, which works too (--workers 1 uses both cores of a 2-core machine).
import { realpath } from 'node:fs/promises';
import { sourceIdFromFile } from '@dealbrief/core';
import { analyseAhead, analyseSource, loadProfile, readSourceRegistry } from 'dealbrief';
import { readArgs, readCorpus, report, timed } from './common.mjs';

const { dir, workers = '0' } = readArgs();
const profile = await loadProfile();
const registry = await readSourceRegistry(dir);
const corpus = readCorpus(dir);
const bytes = corpus.reduce((sum, f) => sum + f.bytes.byteLength, 0);
const count = Number(workers);
const { wallMs, value } = await timed(async () => {
  if (count === 0) {
    // Read inside the timing, as the pool reads its files inside it; keep what collectSources keeps of
    // an analysis in-process (the claims and the text, not the sentences and paragraphs).
    return readCorpus(dir).map((f) => {
      const { outcome, claims } = analyseSource(
        {
          file: f.file,
          bytes: f.bytes,
          source: sourceIdFromFile(f.file),
          published: registry.entries.get(f.file)?.published,
        },
        profile,
      );
      return { claims, text: outcome.document?.text };
    });
  }
  const files = corpus.map((f) => f.file);
  const ahead = await analyseAhead(dir, await realpath(dir), files, registry.entries, profile, {
    workers: count,
    threshold: 0,
  });
  return [...ahead.values()].map((a) => a.analysis);
});
report({ wallMs, bytes, rows: value.reduce((sum, a) => sum + a.claims.length, 0) });
