import type { Claim, Problem, Profile, SourceRecord } from '@dealbrief/core';
import { type CitationMismatch, checkCitations } from '../check-citations.js';
import { collectSources, type LogLine } from '../collect-sources.js';
import { loadProfile } from '../load-profile.js';
import { readSourceRegistry } from '../source-registry.js';

export interface EvaluateSourcesOptions {
  /** Folder with the `*.txt` sources and optionally `sources.json`. */
  sourcesDir: string;
  /** A profile file, or an already loaded profile; default: the bundled profile. */
  profile?: string | URL | Profile | undefined;
  /** Receives progress and problem lines. */
  log?: LogLine | undefined;
}

/** How many claims' citations hold against their source texts. */
export interface CitationCheck {
  total: number;
  verified: number;
  mismatches: CitationMismatch[];
}

/** What the pipeline made of a sources folder, ready to be scored. */
export interface SourcesEvaluation {
  profile: Profile;
  sources: SourceRecord[];
  claims: Claim[];
  /** Decoded text of every accepted source, by source id. */
  texts: Map<string, string>;
  /** Registry problems and rejected sources. */
  problems: Problem[];
  citations: CitationCheck;
}

/**
 * Runs the pipeline's front half over a sources folder exactly as `dealbrief run` does (registry →
 * collectSources: parse and extract with the profile) and checks every claim's citation with core's
 * verifyCitation (via checkCitations). Reconcile and export are not needed to score claims.
 */
export async function evaluateSources(options: EvaluateSourcesOptions): Promise<SourcesEvaluation> {
  const log = options.log ?? (() => {});
  const profile =
    options.profile === undefined || typeof options.profile === 'string' || options.profile instanceof URL
      ? await loadProfile(options.profile)
      : options.profile;
  const registry = await readSourceRegistry(options.sourcesDir);
  for (const problem of registry.problems) log(problem.message);
  const collected = await collectSources(options.sourcesDir, registry.entries, profile, log);
  const mismatches = checkCitations(collected.claims, collected.texts);
  const failed = new Set(mismatches.map((m) => m.claim));
  return {
    profile,
    sources: collected.sources,
    claims: collected.claims,
    texts: collected.texts,
    problems: [...registry.problems, ...collected.problems],
    citations: {
      total: collected.claims.length,
      verified: collected.claims.filter((c) => !failed.has(c.id)).length,
      mismatches,
    },
  };
}
