import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  type Briefing,
  BriefingSchema,
  ErrorCode,
  formatZodIssues,
  type Problem,
  sha256Hex,
} from '@dealbrief/core';
import { parseDocument } from '@dealbrief/parse';
import { checkCitations } from './check-citations.js';
import { MANIFEST_FILE, type Manifest, RUN_FILE, validateManifest } from './manifest.js';
import { resolvePackDir } from './resolve-pack-dir.js';
import { describeFsError } from './source-files.js';
import { BRIEFING_FILE } from './write-pack.js';

export interface VerifyPackOptions {
  /** Where the sources are; default: run.json's `sourcesDir`, relative to the pack's real path. */
  sourcesDir?: string | undefined;
}

export interface VerifyPackResult {
  /** Real path of the run folder checked. */
  packDir: string;
  /** Claims whose citations were checked and hold. */
  claims: number;
  /** Accepted sources whose bytes still match and were checked. */
  sources: number;
  /** Everything wrong; empty when the pack verifies. */
  problems: Problem[];
}

/**
 * Checks a pack against its manifest and its sources: briefing.json and manifest.json are valid, every
 * pack file has the manifest's sha256, every accepted source still has the sha256 the pack recorded, and
 * every claim's citation is the slice of the re-decoded source text it claims to be. Collects every
 * problem instead of stopping at the first. Throws PACK_INVALID only when no pack is found at `path`.
 */
export async function verifyPack(path: string, options: VerifyPackOptions = {}): Promise<VerifyPackResult> {
  const packDir = await resolvePackDir(path);
  const result: VerifyPackResult = { packDir, claims: 0, sources: 0, problems: [] };
  const problem = (code: Problem['code'], message: string, file?: string): void => {
    result.problems.push({ code, message, file });
  };

  const briefingData = await readJson(join(packDir, BRIEFING_FILE), problem);
  const parsed = briefingData === undefined ? undefined : BriefingSchema.safeParse(briefingData);
  if (parsed && !parsed.success) {
    for (const issue of formatZodIssues(parsed.error))
      problem(ErrorCode.PackInvalid, `${BRIEFING_FILE}: ${issue}`);
  }
  const briefing = parsed?.success ? parsed.data : undefined;

  const manifestData = await readJson(join(packDir, MANIFEST_FILE), problem);
  if (manifestData !== undefined) {
    try {
      const manifest = validateManifest(manifestData, MANIFEST_FILE);
      await checkManifestFiles(packDir, manifest, problem);
      if (briefing) checkManifestAgainstBriefing(manifest, briefing, problem);
    } catch (error) {
      problem(ErrorCode.PackInvalid, error instanceof Error ? error.message : String(error));
    }
  }
  if (!briefing) return result;

  const sourcesDir = await locateSources(packDir, options.sourcesDir, problem);
  if (sourcesDir === undefined) return result;

  const texts = new Map<string, string>();
  const unchecked = new Set<string>();
  for (const source of briefing.sources) {
    if (source.status !== 'ok') continue;
    const label = `source ${source.id} (${source.file})`;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(join(sourcesDir, source.file)));
    } catch (error) {
      problem(ErrorCode.SourceUnreadable, `${label} cannot be read: ${describeFsError(error)}`, source.file);
      unchecked.add(source.id);
      continue;
    }
    const sha256 = sha256Hex(bytes);
    if (sha256 !== source.sha256) {
      problem(
        ErrorCode.SourceChanged,
        `${label} changed: sha256 is ${sha256}, the pack recorded ${source.sha256}`,
        source.file,
      );
    }
    const outcome = parseDocument({ file: source.file, bytes, source: source.id });
    if (!outcome.document) {
      const reasons = outcome.problems.map((p) => p.message).join('; ');
      problem(ErrorCode.SourceEncoding, `${label} can no longer be decoded: ${reasons}`, source.file);
      unchecked.add(source.id);
      continue;
    }
    texts.set(source.id, outcome.document.text);
    result.sources++;
  }

  const claims = briefing.claims.filter((claim) => !unchecked.has(claim.source));
  const mismatches = checkCitations(claims, texts);
  for (const mismatch of mismatches) problem(ErrorCode.CitationMismatch, mismatch.message);
  result.claims = claims.length - mismatches.length;
  return result;
}

type Report = (code: Problem['code'], message: string, file?: string) => void;

async function readJson(file: string, problem: Report): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    problem(ErrorCode.PackInvalid, `cannot read ${file}: ${describeFsError(error)}`, file);
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problem(ErrorCode.PackInvalid, `${file} is not valid JSON: ${(error as Error).message}`, file);
    return undefined;
  }
}

async function checkManifestFiles(packDir: string, manifest: Manifest, problem: Report): Promise<void> {
  for (const entry of manifest.files) {
    if (entry.name.includes('/') || entry.name.includes('\\') || entry.name.startsWith('.')) {
      problem(ErrorCode.PackInvalid, `${MANIFEST_FILE} lists "${entry.name}", which is not a pack file name`);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(packDir, entry.name));
    } catch (error) {
      problem(
        ErrorCode.PackInvalid,
        `pack file ${entry.name} is missing: ${describeFsError(error)}`,
        entry.name,
      );
      continue;
    }
    const sha256 = sha256Hex(bytes);
    if (sha256 !== entry.sha256 || bytes.byteLength !== entry.bytes) {
      problem(
        ErrorCode.PackInvalid,
        `pack file ${entry.name} changed: sha256 is ${sha256} (${bytes.byteLength} bytes), the manifest recorded ${entry.sha256} (${entry.bytes} bytes)`,
        entry.name,
      );
    }
  }
  if (!manifest.files.some((f) => f.name === BRIEFING_FILE)) {
    problem(ErrorCode.PackInvalid, `${MANIFEST_FILE} does not list ${BRIEFING_FILE}`);
  }
}

function checkManifestAgainstBriefing(manifest: Manifest, briefing: Briefing, problem: Report): void {
  if (manifest.profile !== briefing.profile || manifest.asOf !== briefing.asOf) {
    problem(
      ErrorCode.PackInvalid,
      `${MANIFEST_FILE} is for ${manifest.profile} as of ${manifest.asOf}, ${BRIEFING_FILE} for ${briefing.profile} as of ${briefing.asOf}`,
    );
  }
  for (const source of briefing.sources) {
    const input = manifest.inputs.find((i) => i.file === source.file);
    if (!input || input.sha256 !== source.sha256) {
      problem(ErrorCode.PackInvalid, `${MANIFEST_FILE} and ${BRIEFING_FILE} disagree about ${source.file}`);
    }
  }
}

async function locateSources(
  packDir: string,
  given: string | undefined,
  problem: Report,
): Promise<string | undefined> {
  if (given !== undefined) return given;
  const run = await readJson(join(packDir, RUN_FILE), problem);
  const dir = (run as { sourcesDir?: unknown } | undefined)?.sourcesDir;
  if (typeof dir !== 'string') {
    if (run !== undefined) problem(ErrorCode.PackInvalid, `${RUN_FILE} has no sourcesDir; pass --sources`);
    return undefined;
  }
  return resolve(packDir, dir);
}
