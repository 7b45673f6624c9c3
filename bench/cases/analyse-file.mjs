// Shared by the parse-extract, split and processes cases: a corpus file read and analysed as dealbrief does it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceIdFromFile } from '@dealbrief/core';
import { analyseSource } from 'dealbrief';

/**
 * Reads `dir/file` and analyses it with its `published` date from sources.json (as the pool does), and
 * returns what collectSources keeps of an analysis in-process: the claims and the text, not the
 * sentences and paragraphs, with the file's size.
 */
export function analyseFile(dir, file, profile, published) {
  const bytes = new Uint8Array(readFileSync(join(dir, file)));
  const { outcome, claims } = analyseSource(
    { file, bytes, source: sourceIdFromFile(file), published },
    profile,
  );
  return { claims, text: outcome.document?.text, bytes: bytes.byteLength };
}

/**
 * Analyses every file of `files` in turn, keeping each analysis as collectSources would (see
 * {@link analyseFile}), and returns their total size and claim count: what a part of a split corpus sends
 * back. `publishedOf(file)` gives a file's registry date.
 */
export function analysePart(dir, files, profile, publishedOf) {
  const kept = files.map((file) => analyseFile(dir, file, profile, publishedOf(file)));
  return {
    bytes: kept.reduce((sum, k) => sum + k.bytes, 0),
    claims: kept.reduce((sum, k) => sum + k.claims.length, 0),
  };
}
