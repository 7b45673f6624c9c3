// parse + extract: --workers 0 in-process (one thread), or through collectSources' pool with N worker threads
// beside the main thread, which works too (--workers 1 uses both cores of a 2-core machine). `--warm 1`
// (in-process only) times a second pass over the corpus after an untimed first one: V8 has then compiled
// the hot code and lazily filled tables are full, so the difference from the cold figure is what that
// warm-up costs this process.
import { realpath } from 'node:fs/promises';
import { analyseAhead, loadProfile, readSourceRegistry } from 'dealbrief';
import { analyseFile } from './analyse-file.mjs';
import { corpusBytes, listCorpus, readArgs, report, timed } from './common.mjs';

const { dir, workers = '0', warm = '0' } = readArgs();
const profile = await loadProfile();
const registry = await readSourceRegistry(dir);
// Only the names and the size before the timing: the files are read inside it, in both modes.
const bytes = corpusBytes(dir);
const count = Number(workers);
if (warm !== '0' && count !== 0) throw new Error('--warm needs --workers 0');
/**
 * One in-process pass: each file read inside the pass, as the pool reads its files, and let go once
 * analysed, keeping what collectSources keeps of an analysis in-process (the claims and the text, not the
 * sentences and paragraphs).
 */
const analyse = (file) => analyseFile(dir, file, profile, registry.entries.get(file)?.published);
const analyseAll = () => listCorpus(dir).map(analyse);
// The untimed first pass keeps nothing, so the timed pass neither collects its results nor counts them
// in its peak RSS.
if (warm !== '0') for (const file of listCorpus(dir)) analyse(file);
const { wallMs, value } = await timed(async () => {
  if (count === 0) return analyseAll();
  const files = listCorpus(dir);
  const ahead = await analyseAhead(dir, await realpath(dir), files, registry.entries, profile, {
    workers: count,
    threshold: 0,
  });
  return [...ahead.values()].map((a) => a.analysis);
});
report({ wallMs, bytes, rows: value.reduce((sum, a) => sum + a.claims.length, 0) });
