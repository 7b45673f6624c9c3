import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DealbriefError, ErrorCode, jsonPath, type Profile, ProfileSchema } from '@dealbrief/core';
import { locateJsonError } from './json-error-position.js';
import { describeFsError } from './source-files.js';

/** The bundled deal profile (resolved from `src/` and from `dist/` alike). */
export const DEFAULT_PROFILE_URL = new URL('../profiles/korea-nvidia-2025.json', import.meta.url);

/**
 * Reads and validates a deal profile with core's ProfileSchema (default: the bundled Korea–Nvidia profile).
 * Throws PROFILE_INVALID naming the file, with the line/column of a JSON syntax error or every schema issue.
 */
export async function loadProfile(file: string | URL = DEFAULT_PROFILE_URL): Promise<Profile> {
  const label = file instanceof URL ? fileURLToPath(file) : file;
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new DealbriefError(
      ErrorCode.ProfileInvalid,
      `cannot read the profile ${label}: ${describeFsError(error)}`,
      {
        file: label,
        cause: error,
      },
    );
  }
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = locateJsonError(text);
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    throw new DealbriefError(ErrorCode.ProfileInvalid, `${label}: invalid JSON${where}`, {
      file: label,
      cause: error,
    });
  }
  const parsed = ProfileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `  ${jsonPath(issue.path)}: ${issue.message}`);
    throw new DealbriefError(
      ErrorCode.ProfileInvalid,
      `${label} is not a valid profile:\n${issues.join('\n')}`,
      {
        file: label,
      },
    );
  }
  return parsed.data;
}
