import { readFile } from 'node:fs/promises';
import { type SourceEntry, sourceIdFromFile } from '@dealbrief/core';
import type { AnalyseInput } from './analyse-source.js';
import { checkSourceFile } from './check-source-file.js';

/** Files read at once: the reads wait on the disk and the thread pool, not on the CPU. */
const READERS = 32;

/** Hands out the sources of a folder in batches, as they are read. */
export interface SourceFeed {
  /** The next batch of read sources (in the order their reads finished), or undefined when all are out. */
  next(): Promise<AnalyseInput[] | undefined>;
}

/**
 * Starts reading every readable source (checked as collectSources checks it, {@link READERS} files at a
 * time) and hands them out `batchSize` at a time as soon as that many are read, so parsing and extraction
 * start with the first batch instead of after the last file. A file that cannot be checked or read is
 * left out: collectSources reads it again and reports why.
 */
export function feedSources(
  dir: string,
  realDir: string,
  files: readonly string[],
  registry: ReadonlyMap<string, SourceEntry>,
  batchSize: number,
): SourceFeed {
  const ready: AnalyseInput[] = [];
  const waiting: ((batch: AnalyseInput[] | undefined) => void)[] = [];
  let readersLeft = Math.min(READERS, files.length);
  let next = 0;
  const handOut = (): void => {
    while (waiting.length > 0 && (ready.length >= batchSize || (readersLeft === 0 && ready.length > 0)))
      waiting.shift()!(ready.splice(0, batchSize));
    if (readersLeft === 0) for (const take of waiting.splice(0)) take(undefined);
  };
  const reader = async (): Promise<void> => {
    for (let k = next++; k < files.length; k = next++) {
      const file = files[k]!;
      try {
        const check = await checkSourceFile(dir, realDir, file);
        if (!check.readable) continue;
        const bytes = new Uint8Array(await readFile(check.path));
        ready.push({ file, bytes, source: sourceIdFromFile(file), published: registry.get(file)?.published });
        handOut();
      } catch {
        // collectSources reads it again and reports the problem
      }
    }
    readersLeft -= 1;
    handOut();
  };
  for (let r = 0; r < readersLeft; r += 1) void reader();
  return {
    next: () =>
      new Promise((resolve) => {
        waiting.push(resolve);
        handOut();
      }),
  };
}
