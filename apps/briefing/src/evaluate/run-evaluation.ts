import type { Problem, Profile } from '@dealbrief/core';
import type { LogLine } from '../collect-sources.js';
import { buildGoldTargets } from './build-gold-targets.js';
import { type CitationCheck, evaluateSources } from './evaluate-sources.js';
import { type Gold, loadGold } from './gold-schema.js';
import { buildGoldEntityResolver } from './resolve-gold-entity.js';
import { type ClaimScores, scoreClaims } from './score-claims.js';

/** The bars an evaluation must clear. */
export interface EvaluationThresholds {
  /** Overall (micro-averaged) F1. */
  minF1: number;
  /** F1 of every field the gold labels. */
  minFieldF1: number;
}

/** The thresholds of the issue: overall F1 ≥ 0.95, every field ≥ 0.8 (and every citation verifies). */
export const DEFAULT_THRESHOLDS: EvaluationThresholds = { minF1: 0.95, minFieldF1: 0.8 };

export interface RunEvaluationOptions {
  sourcesDir: string;
  /** A gold file, or an already loaded gold; default: the bundled copy. */
  gold?: string | URL | Gold | undefined;
  /** A profile file, or an already loaded profile; default: the bundled profile. */
  profile?: string | URL | Profile | undefined;
  thresholds?: EvaluationThresholds | undefined;
  log?: LogLine | undefined;
}

/** A scored claim that matched nothing, or a gold claim nothing matched, for people to read. */
export interface EvaluationMiss {
  source: string;
  field: string;
  value: string;
  /** The gold quote, or the claim's cited text. */
  text: string;
}

/** Everything `dealbrief eval` reports. */
export interface EvaluationReport {
  scores: ClaimScores;
  citations: CitationCheck;
  thresholds: EvaluationThresholds;
  /** Why the evaluation failed; empty when it passed. */
  failures: string[];
  passed: boolean;
  /** Gold claims whose source was not read or whose quote was not found. */
  goldProblems: string[];
  /** Registry problems and rejected sources. */
  sourceProblems: Problem[];
  missed: EvaluationMiss[];
  falsePositives: EvaluationMiss[];
}

/**
 * Scores the pipeline on a sources folder against a gold file: parse + extract with the profile, check
 * every citation, match claims to gold claims and judge the scores against the thresholds.
 */
export async function runEvaluation(options: RunEvaluationOptions): Promise<EvaluationReport> {
  const gold =
    options.gold === undefined || typeof options.gold === 'string' || options.gold instanceof URL
      ? await loadGold(options.gold)
      : options.gold;
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const run = await evaluateSources({
    sourcesDir: options.sourcesDir,
    profile: options.profile,
    log: options.log,
  });
  const { targets, sources, problems } = buildGoldTargets(gold, run.texts);
  const scores = scoreClaims({
    targets,
    claims: run.claims,
    resolve: buildGoldEntityResolver(run.profile),
    sources,
  });
  const claims = new Map(run.claims.map((c) => [c.id, c]));
  const failures = judgeEvaluation(scores, run.citations, thresholds);
  return {
    scores,
    citations: run.citations,
    thresholds,
    failures,
    passed: failures.length === 0,
    goldProblems: problems,
    sourceProblems: run.problems,
    missed: scores.missed.map((i) => {
      const g = gold.claims[i]!;
      const value = g.value ?? g.speaker ?? '';
      return { source: targets[i]!.source, field: g.field, value: String(value), text: g.quote };
    }),
    falsePositives: scores.falsePositives.map((id) => {
      const c = claims.get(id)!;
      return { source: c.source, field: c.field, value: c.display, text: c.citation.exact };
    }),
  };
}

/**
 * Why scores miss the thresholds: overall F1 below `minF1`, any gold field below `minFieldF1`, or any
 * citation that does not verify (or no claims at all). Empty when everything passes.
 */
export function judgeEvaluation(
  scores: ClaimScores,
  citations: CitationCheck,
  thresholds: EvaluationThresholds,
): string[] {
  const failures: string[] = [];
  if (scores.overall.f1 < thresholds.minF1) {
    failures.push(`overall F1 ${scores.overall.f1.toFixed(3)} < ${thresholds.minF1}`);
  }
  for (const field of scores.fields) {
    if (field.f1 < thresholds.minFieldF1) {
      failures.push(`${field.field} F1 ${field.f1.toFixed(3)} < ${thresholds.minFieldF1}`);
    }
  }
  if (citations.verified < citations.total) {
    failures.push(`${citations.total - citations.verified} of ${citations.total} citations do not verify`);
  }
  return failures;
}
