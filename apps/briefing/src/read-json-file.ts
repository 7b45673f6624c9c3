import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DealbriefError, type ErrorCode, formatZodIssues } from '@dealbrief/core';
import type { z } from 'zod';
import { locateJsonError } from './json-error-position.js';
import { describeFsError } from './source-files.js';

/** How to name a JSON file in errors. */
export interface JsonFileKind {
  /** The error code for every failure. */
  code: ErrorCode;
  /** The file as readers know it: "config file", "profile", "gold file". */
  noun: string;
  /** What a valid file is, when it is named differently: "config" (default: `noun`). */
  validNoun?: string;
  /** Whether each schema issue line starts with the file's name too. */
  nameFileInIssues?: boolean;
}

/**
 * Reads a UTF-8 JSON file (a BOM is allowed) and validates it with `schema`. Every failure is a
 * DealbriefError with `kind.code` naming the file: "cannot read the <noun> …", "…: invalid JSON at
 * line L, column C", or "… is not a valid <noun>:" followed by one line per schema issue with its
 * JSON path.
 */
export async function readJsonFile<S extends z.ZodType>(
  file: string | URL,
  schema: S,
  kind: JsonFileKind,
): Promise<z.infer<S>> {
  const label = file instanceof URL ? fileURLToPath(file) : file;
  const fail = (message: string, cause?: unknown) =>
    new DealbriefError(kind.code, message, cause === undefined ? { file: label } : { file: label, cause });
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw fail(`cannot read the ${kind.noun} ${label}: ${describeFsError(error)}`, error);
  }
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = locateJsonError(text);
    throw fail(`${label}: invalid JSON${at ? ` at line ${at.line}, column ${at.column}` : ''}`, error);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = formatZodIssues(parsed.error).map(
      (issue) => `  ${kind.nameFileInIssues ? `${label}: ` : ''}${issue}`,
    );
    throw fail(`${label} is not a valid ${kind.validNoun ?? kind.noun}:\n${issues.join('\n')}`);
  }
  return parsed.data;
}
