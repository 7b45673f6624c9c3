import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Claim,
  ErrorCode,
  type Problem,
  type Profile,
  type SourceEntry,
  type SourceRecord,
  sourceIdFromFile,
} from '@dealbrief/core';
import { extractClaims } from '@dealbrief/extract';
import { parseDocument } from '@dealbrief/parse';
import { readSourceFile } from './check-source-file.js';
import { analyseAhead } from './extract-pool.js';
import { listSourceFiles } from './source-files.js';
import { buildRejectedRecord, buildSourceRecord } from './source-record.js';

/** Every source of a folder, read, parsed and mined for claims. */
export interface CollectedSources {
  /** One record per `*.txt` file, in file-name order, accepted or rejected. */
  sources: SourceRecord[];
  /**
   * The decoded text of every accepted source, by source id (what citations are checked against). The
   * parsed documents themselves are dropped once their claims are extracted.
   */
  texts: Map<string, string>;
  claims: Claim[];
  /** Why sources were rejected (each makes the run partial). */
  problems: Problem[];
  /** What parse noted about sources it still accepted (logged, not counted against the run). */
  notes: Problem[];
}

/** Writes one progress or problem line (the CLI sends these to stderr). */
export type LogLine = (line: string) => void;

/** Told after each source is handled: how many of how many, and the file. */
export type SourceProgress = (done: number, total: number, file: string) => void;

/**
 * Reads every `*.txt` source of `dir` (sorted), decodes it with parseDocument and extracts claims with the
 * profile. Entries that must not be read (links leading outside `dir`, folders, pipes, files over the size
 * limit: see checkSourceFile) and unreadable or undecodable files become rejected records; they never stop
 * the run.
 */
export async function collectSources(
  dir: string,
  registry: ReadonlyMap<string, SourceEntry>,
  profile: Profile,
  log: LogLine = () => {},
  progress: SourceProgress = () => {},
): Promise<CollectedSources> {
  const result: CollectedSources = { sources: [], texts: new Map(), claims: [], problems: [], notes: [] };
  // Source id → file of every record so far, accepted or rejected (one lookup per file, not a scan).
  const fileById = new Map<string, string>();
  const addRecord = (record: SourceRecord): void => {
    result.sources.push(record);
    if (!fileById.has(record.id)) fileById.set(record.id, record.file);
  };
  const reject = (file: string, bytes: Uint8Array, code: Problem['code'], messages: string[]): void => {
    const shown = join(dir, file);
    const reason = messages.map((m) => stripFilePrefix(m, file)).join('; ');
    addRecord(buildRejectedRecord(file, bytes, reason, registry.get(file)));
    result.problems.push({ code, message: `${shown}: ${reason}`, file: shown });
    log(`rejected ${shown}: ${reason}`);
  };

  const files = await listSourceFiles(dir);
  const realDir = await realpath(dir);
  // Many sources: parsed and mined across worker threads first (same results; see extract-pool.ts).
  const ahead = await analyseAhead(dir, realDir, files, registry, profile);
  for (const [index, file] of files.entries()) {
    progress(index + 1, files.length, file);
    const ready = ahead.get(file);
    ahead.delete(file);
    const read = ready ? { readable: true as const, bytes: ready.bytes } : readSourceFile(dir, realDir, file);
    if (!read.readable) {
      reject(file, new Uint8Array(), read.code, [read.reason]);
      continue;
    }
    const bytes = read.bytes;
    const id = sourceIdFromFile(file);
    const taken = fileById.get(id);
    if (taken !== undefined) {
      reject(file, bytes, ErrorCode.SourceUnreadable, [`source id "${id}" is already used by ${taken}`]);
      continue;
    }
    const analysis = ready?.analysis;
    const outcome = analysis?.outcome ?? parseDocument({ file, bytes, source: id });
    if (!outcome.document) {
      const messages = outcome.problems.map((p) => p.message);
      const code = outcome.problems[0]?.code ?? ErrorCode.SourceEncoding;
      reject(file, bytes, code, messages.length > 0 ? messages : ['rejected by the parser']);
      continue;
    }
    for (const problem of outcome.problems) {
      result.notes.push(problem);
      log(`note ${join(dir, file)}: ${stripFilePrefix(problem.message, file)}`);
    }
    const document = outcome.document;
    const record = buildSourceRecord(document, bytes, file, registry.get(file));
    addRecord(record);
    result.texts.set(document.source, document.text);
    const claims = analysis?.claims ?? extractClaims(document, profile, { published: record.published });
    result.claims.push(...claims);
    log(`read ${join(dir, file)}: ${document.languages.join('+') || 'no language'}, ${claims.length} claims`);
  }
  return result;
}

/** "000_x.txt: not valid UTF-8" → "not valid UTF-8" (messages get the shown path prepended again). */
function stripFilePrefix(message: string, file: string): string {
  const prefix = `${file}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
