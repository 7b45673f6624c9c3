import { type SourceEntry, sourceIdFromFile } from '@dealbrief/core';
import type { AnalyseInput } from './analyse-source.js';
import { readSourceFile } from './check-source-file.js';

/** Hands out the sources of a folder in batches, reading each batch when it is asked for. */
export interface SourceFeed {
  /** The next batch of read sources, in file order, or undefined when all are out. */
  next(): AnalyseInput[] | undefined;
}

/**
 * Reads the sources `batchSize` at a time, as the lanes ask for them, so parsing and extraction start
 * with the first batch instead of after the last file. Files are checked as collectSources checks them
 * and read synchronously (a few KB each: 16 files take a fraction of a millisecond, far less than their
 * asynchronous round trips would cost the main thread). A file that cannot be checked or read is left
 * out: collectSources reads it again and reports why.
 */
export function feedSources(
  dir: string,
  realDir: string,
  files: readonly string[],
  registry: ReadonlyMap<string, SourceEntry>,
  batchSize: number,
): SourceFeed {
  let next = 0;
  return {
    next: () => {
      const batch: AnalyseInput[] = [];
      while (batch.length < batchSize && next < files.length) {
        const file = files[next++]!;
        const read = readSourceFile(dir, realDir, file);
        // Left out when it cannot be read: collectSources reads it again and reports why.
        if (!read.readable) continue;
        batch.push({
          file,
          bytes: read.bytes,
          source: sourceIdFromFile(file),
          published: registry.get(file)?.published,
        });
      }
      return batch.length > 0 ? batch : undefined;
    },
  };
}
