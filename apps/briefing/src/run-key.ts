import { readFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { type Profile, sha256Hex } from '@dealbrief/core';
import { checkSourceFile } from './check-source-file.js';
import type { Format } from './formats.js';
import { DEFAULT_PROFILE_URL } from './load-profile.js';
import { describeFsError, listSourceFiles, REGISTRY_FILE } from './source-files.js';

/** What a run's output depends on. */
export interface RunKeyInput {
  sourcesDir: string;
  /** A profile file, or an already loaded profile; default: the bundled profile. */
  profile?: string | URL | Profile | undefined;
  /** The exports written, already made effective (json included, in a fixed order). */
  formats: readonly Format[];
  asOf: string;
  /** The tool's version. */
  version: string;
}

/**
 * The run key: sha256 over every input of a run — each source file's name and sha256, the bytes of
 * `sources.json` (or its absence), the profile's bytes, the formats, the as-of date and the tool version.
 * Cheap (hashing, no parsing), so a run computes it before extracting; equal keys mean the new pack would
 * be the same as the latest one. Throws SOURCE_UNREADABLE when the sources folder cannot be listed.
 */
export async function computeRunKey(input: RunKeyInput): Promise<string> {
  const parts: string[] = ['dealbrief-run-key/1', `version ${input.version}`, `asOf ${input.asOf}`];
  parts.push(`formats ${input.formats.join(',')}`);
  const realDir = await realpath(input.sourcesDir).catch(() => input.sourcesDir);
  for (const file of await listSourceFiles(input.sourcesDir)) {
    // Entries a run refuses to read (outside links, folders, pipes, huge files) are keyed by why, unread.
    const check = checkSourceFile(input.sourcesDir, realDir, file);
    const hash = check.readable ? hashFile(check.path) : `not read (${check.reason})`;
    parts.push(`source ${file} ${hash}`);
  }
  parts.push(`registry ${hashFile(join(input.sourcesDir, REGISTRY_FILE))}`);
  parts.push(`profile ${hashProfile(input.profile)}`);
  return sha256Hex(new TextEncoder().encode(parts.join('\n')));
}

function hashProfile(profile: RunKeyInput['profile']): string {
  if (profile === undefined || typeof profile === 'string' || profile instanceof URL) {
    return hashFile(profile ?? DEFAULT_PROFILE_URL);
  }
  return sha256Hex(new TextEncoder().encode(JSON.stringify(profile)));
}

/**
 * The file's sha256, or a marker naming why it cannot be read (a missing registry is "absent"). Read
 * synchronously, as checkSourceFile checks: thousands of small files cost a tenth of their awaits.
 */
function hashFile(file: string | URL): string {
  try {
    return sha256Hex(new Uint8Array(readFileSync(file)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'absent' : `unreadable (${describeFsError(error)})`;
  }
}
