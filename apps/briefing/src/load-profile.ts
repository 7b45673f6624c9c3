import { ErrorCode, type Profile, ProfileSchema } from '@dealbrief/core';
import { readJsonFile } from './read-json-file.js';

/** The bundled deal profile (resolved from `src/` and from `dist/` alike). */
export const DEFAULT_PROFILE_URL = new URL('../profiles/korea-nvidia-2025.json', import.meta.url);

/**
 * Reads and validates a deal profile with core's ProfileSchema (default: the bundled Korea–Nvidia profile).
 * Throws PROFILE_INVALID naming the file, with the line/column of a JSON syntax error or every schema issue.
 */
export async function loadProfile(file: string | URL = DEFAULT_PROFILE_URL): Promise<Profile> {
  return readJsonFile(file, ProfileSchema, { code: ErrorCode.ProfileInvalid, noun: 'profile' });
}
