import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCode, jsonPath, type Problem, type SourceEntry, SourceRegistrySchema } from '@dealbrief/core';
import { locateJsonError } from './json-error-position.js';
import { describeFsError, listSourceFiles, REGISTRY_FILE } from './source-files.js';

/** What `sources.json` says, as far as it could be read. */
export interface SourceRegistryResult {
  /** The registry's path as shown in messages (`<dir>/sources.json`). */
  file: string;
  /** Whether the folder has a `sources.json` at all. */
  found: boolean;
  /** Usable entries by file name; empty when the registry is missing, unreadable or invalid. */
  entries: Map<string, SourceEntry>;
  /** Everything wrong with it; any problem makes a run "partial". */
  problems: Problem[];
}

/**
 * Reads and validates `<dir>/sources.json`. Never throws for bad data: invalid JSON gives one problem with
 * the line and column, schema errors one problem per issue with its JSON path (the registry is then ignored
 * and every source gets default metadata), and entries naming files that are not sources of the folder
 * a problem each (the other entries still apply).
 */
export async function readSourceRegistry(dir: string): Promise<SourceRegistryResult> {
  const file = join(dir, REGISTRY_FILE);
  const result: SourceRegistryResult = { file, found: false, entries: new Map(), problems: [] };
  const problem = (message: string, path?: string): void => {
    result.problems.push({
      code: ErrorCode.SourcesRegistryInvalid,
      message: path ? `${file}: ${path}: ${message}` : `${file}: ${message}`,
      file,
      path,
    });
  };

  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return result;
    result.found = true;
    problem(`cannot read it (${describeFsError(error)})`);
    return result;
  }
  result.found = true;
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = locateJsonError(text);
    const reason = (error instanceof Error ? error.message : String(error))
      .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/ at position \d+.*$/s, '');
    problem(
      at ? `invalid JSON at line ${at.line}, column ${at.column}: ${reason}` : `invalid JSON: ${reason}`,
    );
    return result;
  }

  const parsed = SourceRegistrySchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problem(issue.message, jsonPath(issue.path));
    return result;
  }

  const sourceFiles = new Set(await listSourceFiles(dir).catch(() => [] as string[]));
  for (const [i, entry] of parsed.data.sources.entries()) {
    const path = `$.sources[${i}].file`;
    if (result.entries.has(entry.file)) {
      problem(`"${entry.file}" is listed more than once; the first entry applies`, path);
      continue;
    }
    if (!sourceFiles.has(entry.file)) {
      const exists = await stat(join(dir, entry.file)).then(
        () => true,
        () => false,
      );
      problem(
        exists
          ? `"${entry.file}" is not a *.txt source file of the folder`
          : `"${entry.file}" names a file that does not exist`,
        path,
      );
      continue;
    }
    result.entries.set(entry.file, entry);
  }
  return result;
}
