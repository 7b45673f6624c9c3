import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { type Briefing, sha256Hex } from '@dealbrief/core';
import { MANIFEST_FILE, type Manifest, type ManifestEntry, RUN_FILE, validateManifest } from '../manifest.js';
import { LATEST_FILE, RUNS_DIR } from '../publish-run.js';
import { BRIEFING_FILE, type RunRecord } from '../write-pack.js';
import { decodeSegment } from './safe-segment.js';

/** One published run as the server sees it. */
export interface PackRun {
  id: string;
  /** The run folder's real path (inside the output folder's real path). */
  dir: string;
  manifest: Manifest;
  run: RunRecord;
  /** The only files of the run that may be served: the manifest's files, manifest.json and the zip. */
  files: Map<string, ManifestEntry>;
}

/** The output folder's real path, or undefined when it does not exist. */
export async function realOutDir(outDir: string): Promise<string | undefined> {
  return realpath(outDir).catch(() => undefined);
}

/** True when `path` is strictly inside `root` (both real paths). */
export function isInside(root: string, path: string): boolean {
  return path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * The run ids of `<out>/runs/`: the names of its sub-folders that are plain names (see
 * {@link decodeSegment}). A request names a run only by matching one of these exactly.
 */
export async function listRunIds(realOut: string): Promise<string[]> {
  const entries = await readdir(join(realOut, RUNS_DIR), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => (e.isDirectory() || e.isSymbolicLink()) && decodeSegment(e.name) === e.name)
    .map((e) => e.name)
    .sort();
}

/** The run id in `<out>/LATEST`, when it names a listed run. */
export async function readLatestId(realOut: string, ids: readonly string[]): Promise<string | undefined> {
  const text = await readFile(join(realOut, LATEST_FILE), 'utf8').catch(() => '');
  const id = text.trim();
  return ids.includes(id) ? id : undefined;
}

/**
 * Reads a listed run: its manifest (validated) and run.json, with the set of files it may serve. Returns
 * undefined when the run folder leaves the output folder (a symlink) or its manifest or run.json is
 * missing or invalid, so such a run is neither listed nor served.
 */
export async function loadRun(realOut: string, id: string): Promise<PackRun | undefined> {
  const dir = await realpath(join(realOut, RUNS_DIR, id)).catch(() => undefined);
  if (dir === undefined || !isInside(realOut, dir)) return undefined;
  try {
    const manifestBytes = await readFile(join(dir, MANIFEST_FILE));
    const manifest = validateManifest(JSON.parse(manifestBytes.toString('utf8')), MANIFEST_FILE);
    const run = JSON.parse(await readFile(join(dir, RUN_FILE), 'utf8')) as RunRecord;
    if (typeof run !== 'object' || run === null || typeof run.createdAt !== 'string') return undefined;
    const files = new Map<string, ManifestEntry>();
    for (const entry of manifest.files) {
      if (decodeSegment(entry.name) === entry.name) files.set(entry.name, entry);
    }
    files.set(MANIFEST_FILE, {
      name: MANIFEST_FILE,
      bytes: manifestBytes.byteLength,
      sha256: sha256Hex(manifestBytes),
    });
    const zip = run.zip;
    if (zip && typeof zip.name === 'string' && decodeSegment(zip.name) === zip.name) files.set(zip.name, zip);
    return { id, dir, manifest, run, files };
  } catch {
    return undefined;
  }
}

/** Reads a run's briefing.json (for the page), or undefined when it cannot be read. */
export async function readBriefing(run: PackRun): Promise<Briefing | undefined> {
  if (!run.files.has(BRIEFING_FILE)) return undefined;
  const text = await readFile(join(run.dir, BRIEFING_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as Briefing;
  } catch {
    return undefined;
  }
}

/**
 * Where a listed file of a run is on disk, with its manifest entry and stat, when the file's real path
 * is still inside the output folder and it is a regular file; otherwise undefined (a symlink out of
 * `out/`, a missing file).
 */
export async function locateRunFile(
  realOut: string,
  run: PackRun,
  name: string,
): Promise<{ path: string; entry: ManifestEntry; size: number; mtime: Date } | undefined> {
  const entry = run.files.get(name);
  if (entry === undefined) return undefined;
  const path = await realpath(join(run.dir, name)).catch(() => undefined);
  if (path === undefined || !isInside(realOut, path)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || !info.isFile()) return undefined;
  return { path, entry, size: info.size, mtime: info.mtime };
}
