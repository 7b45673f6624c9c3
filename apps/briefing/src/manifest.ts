import { createHash } from 'node:crypto';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Briefing, DealbriefError, ErrorCode } from '@dealbrief/core';

export const MANIFEST_FILE = 'manifest.json';
export const RUN_FILE = 'run.json';

export interface ManifestEntry {
  name: string;
  bytes: number;
  sha256: string;
}

export interface ManifestInput {
  file: string;
  sha256: string;
  bytes: number;
}

/**
 * `manifest.json`: what went in and what came out. Deterministic: it holds no clock and no run id, so two
 * runs over the same inputs, profile and asOf give the same manifest when the exporters are byte-stable.
 */
export interface Manifest {
  schemaVersion: 1;
  tool: 'dealbrief';
  version: string;
  profile: string;
  asOf: string;
  inputs: ManifestInput[];
  files: ManifestEntry[];
}

/** Bytes read at a time while hashing a pack file. */
const HASH_CHUNK = 1 << 20;

/**
 * Hashes every regular file of a pack folder except manifest.json, run.json (which holds the clock) and
 * the zip, syncing each to disk on the way; or only the files named in `only`. Sorted by name.
 */
export async function hashPackFiles(dir: string, only?: readonly string[]): Promise<ManifestEntry[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isFile() && e.name !== MANIFEST_FILE && e.name !== RUN_FILE && !e.name.endsWith('.zip'))
    .map((e) => e.name)
    .concat(only ?? [])
    .filter((name) => only === undefined || only.includes(name))
    .filter((name, i, all) => all.indexOf(name) === i)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: ManifestEntry[] = [];
  for (const name of names) {
    const handle = await open(join(dir, name), 'r+');
    try {
      // Hashed a chunk at a time: a large pack's briefing.json is over 100 MB.
      const hash = createHash('sha256');
      const chunk = Buffer.allocUnsafe(HASH_CHUNK);
      let bytes = 0;
      for (;;) {
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        hash.update(chunk.subarray(0, bytesRead));
        bytes += bytesRead;
      }
      await handle.sync();
      files.push({ name, bytes, sha256: hash.digest('hex') });
    } finally {
      await handle.close();
    }
  }
  return files;
}

/** Builds the manifest of a briefing and the hashed pack files. */
export function buildManifest(briefing: Briefing, version: string, files: ManifestEntry[]): Manifest {
  const inputs = briefing.sources
    .map((s) => ({ file: s.file, sha256: s.sha256, bytes: s.bytes }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    schemaVersion: 1,
    tool: 'dealbrief',
    version,
    profile: briefing.profile,
    asOf: briefing.asOf,
    inputs,
    files,
  };
}

/** Checks that parsed JSON is a manifest; throws PACK_INVALID naming the first wrong key. */
export function validateManifest(data: unknown, file: string): Manifest {
  const fail = (what: string): never => {
    throw new DealbriefError(ErrorCode.PackInvalid, `${file}: ${what}`, { file });
  };
  if (typeof data !== 'object' || data === null) return fail('not a JSON object');
  const m = data as Record<string, unknown>;
  if (m['schemaVersion'] !== 1) fail('$.schemaVersion: expected 1');
  if (m['tool'] !== 'dealbrief') fail('$.tool: expected "dealbrief"');
  for (const key of ['version', 'profile', 'asOf']) {
    if (typeof m[key] !== 'string') fail(`$.${key}: expected a string`);
  }
  const isHash = (v: unknown): boolean => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
  const isSize = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  for (const key of ['inputs', 'files'] as const) {
    const list = m[key];
    if (!Array.isArray(list)) return fail(`$.${key}: expected an array`);
    list.forEach((item: unknown, i) => {
      const e = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      const nameKey = key === 'inputs' ? 'file' : 'name';
      if (typeof e[nameKey] !== 'string' || e[nameKey] === '')
        fail(`$.${key}[${i}].${nameKey}: expected a name`);
      if (!isHash(e['sha256'])) fail(`$.${key}[${i}].sha256: expected a sha256 hex digest`);
      if (!isSize(e['bytes'])) fail(`$.${key}[${i}].bytes: expected a byte count`);
    });
  }
  return data as Manifest;
}
