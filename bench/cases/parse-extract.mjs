// parse + extract: --workers 0 in-process (one thread), or through collectSources' pool with N worker threads
// beside the main thread, which works too (--workers 1 uses both cores of a 2-core machine).
import { realpath } from 'node:fs/promises';
import { analyseAhead, loadProfile, readSourceRegistry } from 'dealbrief';
import { analyseFile } from './analyse-file.mjs';
import { corpusBytes, listCorpus, readArgs, report, timed } from './common.mjs';

const { dir, workers = '0' } = readArgs();
const profile = await loadProfile();
const registry = await readSourceRegistry(dir);
// Only the names and the size before the timing: the files are read inside it, in both modes.
const bytes = corpusBytes(dir);
const count = Number(workers);
const { wallMs, value } = await timed(async () => {
  if (count === 0) {
    // Each file read inside the timing, as the pool reads its files, and let go once analysed; keep what
    // collectSources keeps of an analysis in-process (the claims and the text, not the sentences and paragraphs).
    return listCorpus(dir).map((file) =>
      analyseFile(dir, file, profile, registry.entries.get(file)?.published),
    );
  }
  const files = listCorpus(dir);
  const ahead = await analyseAhead(dir, await realpath(dir), files, registry.entries, profile, {
    workers: count,
    threshold: 0,
  });
  return [...ahead.values()].map((a) => a.analysis);
});
report({ wallMs, bytes, rows: value.reduce((sum, a) => sum + a.claims.length, 0) });
