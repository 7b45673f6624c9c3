import type { Claim } from '@dealbrief/core';
import { type GoldTarget, matchClaim } from './match-claim.js';
import type { ResolveGoldEntity } from './resolve-gold-entity.js';

/** Counts and scores of one field (or of all fields: `field` "overall"). */
export interface FieldScore {
  field: string;
  /** Gold claims of the field. */
  gold: number;
  /** Pipeline claims of the field. */
  found: number;
  /** Pipeline claims that match a gold claim (a repeat of a matched phrase at another occurrence counts too). */
  correct: number;
  /** Gold claims matched by some pipeline claim. */
  matched: number;
  /** correct / found (0 when nothing was found). */
  precision: number;
  /** matched / gold (0 when the gold has none). */
  recall: number;
  f1: number;
}

/** Which gold claim a pipeline claim matched, at which occurrence of its quote. */
export interface ClaimMatchRecord {
  claim: string;
  /** Index of the gold claim in the gold file. */
  gold: number;
  /** Index of the quote occurrence the citation overlaps. */
  occurrence: number;
  /** True when the gold claim was already matched and this claim cites another occurrence of its quote. */
  repeat: boolean;
}

/** The result of {@link scoreClaims}. */
export interface ClaimScores {
  /** One row per field the gold labels, in order of first appearance in the gold. */
  fields: FieldScore[];
  /** Fields the pipeline filled but the gold never labels: every claim a false positive. */
  unlabelled: FieldScore[];
  /** Micro-averaged over every field; claims of unlabelled fields count as false positives. */
  overall: FieldScore;
  matches: ClaimMatchRecord[];
  /** Ids of the scored claims that match no gold claim. */
  falsePositives: string[];
  /** Indices of the gold claims no pipeline claim matched. */
  missed: number[];
  /** Ids of claims from sources the gold does not label (not scored). */
  unscored: string[];
}

export interface ScoreClaimsInput {
  targets: readonly GoldTarget[];
  claims: readonly Claim[];
  resolve: ResolveGoldEntity;
  /** Source ids the gold labels; claims of other sources are not scored. Default: the targets' sources. */
  sources?: ReadonlySet<string> | undefined;
}

/**
 * Scores pipeline claims against gold claims. Greedy in pipeline order: each claim takes the best
 * unmatched gold claim it matches (longest citation overlap, then gold order), so each gold claim is
 * matched at most once; a claim that only matches already-matched gold claims is still correct when its
 * citation overlaps an occurrence of the quote no earlier claim used (the same phrase twice), else it is a
 * false positive. Precision, recall and F1 per field and micro-averaged overall.
 */
export function scoreClaims(input: ScoreClaimsInput): ClaimScores {
  const sources = input.sources ?? new Set(input.targets.map((t) => t.source));
  const byKey = new Map<string, GoldTarget[]>();
  for (const target of input.targets) {
    const key = `${target.source}\u0000${target.gold.field}`;
    byKey.set(key, [...(byKey.get(key) ?? []), target]);
  }
  const used = new Map<number, Set<number>>();
  const counts = new Map<string, { found: number; correct: number }>();
  const result: Omit<ClaimScores, 'fields' | 'unlabelled' | 'overall'> = {
    matches: [],
    falsePositives: [],
    missed: [],
    unscored: [],
  };

  for (const claim of input.claims) {
    if (!sources.has(claim.source)) {
      result.unscored.push(claim.id);
      continue;
    }
    const count = counts.get(claim.field) ?? { found: 0, correct: 0 };
    counts.set(claim.field, count);
    count.found++;
    const candidates = (byKey.get(`${claim.source}\u0000${claim.field}`) ?? [])
      .map((target) => ({ target, match: matchClaim(claim, target, input.resolve) }))
      .filter((c) => c.match !== null);
    const fresh = candidates
      .filter((c) => !used.has(c.target.index))
      .sort((a, b) => b.match!.overlap - a.match!.overlap || a.target.index - b.target.index)[0];
    if (fresh) {
      const occurrence = fresh.match!.occurrences[0]!;
      used.set(fresh.target.index, new Set([occurrence]));
      result.matches.push({ claim: claim.id, gold: fresh.target.index, occurrence, repeat: false });
      count.correct++;
      continue;
    }
    const repeat = candidates
      .map((c) => ({ c, occurrence: c.match!.occurrences.find((o) => !used.get(c.target.index)?.has(o)) }))
      .find((r) => r.occurrence !== undefined);
    if (repeat) {
      used.get(repeat.c.target.index)!.add(repeat.occurrence!);
      result.matches.push({
        claim: claim.id,
        gold: repeat.c.target.index,
        occurrence: repeat.occurrence!,
        repeat: true,
      });
      count.correct++;
      continue;
    }
    result.falsePositives.push(claim.id);
  }

  const goldFields = [...new Set(input.targets.map((t) => t.gold.field))];
  const fields = goldFields.map((field) => {
    const ofField = input.targets.filter((t) => t.gold.field === field);
    const matched = ofField.filter((t) => used.has(t.index)).length;
    const count = counts.get(field) ?? { found: 0, correct: 0 };
    return computeScore(field, ofField.length, count.found, count.correct, matched);
  });
  const unlabelled = [...counts]
    .filter(([field]) => !goldFields.includes(field))
    .map(([field, count]) => computeScore(field, 0, count.found, 0, 0));
  result.missed = input.targets.filter((t) => !used.has(t.index)).map((t) => t.index);
  const all = [...fields, ...unlabelled];
  const sum = (key: 'gold' | 'found' | 'correct' | 'matched'): number => all.reduce((n, s) => n + s[key], 0);
  const overall = computeScore('overall', sum('gold'), sum('found'), sum('correct'), sum('matched'));
  return { fields, unlabelled, overall, ...result };
}

/** Precision, recall and F1 from counts; each is 0 when its denominator is. */
export function computeScore(
  field: string,
  gold: number,
  found: number,
  correct: number,
  matched: number,
): FieldScore {
  const precision = found === 0 ? 0 : correct / found;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { field, gold, found, correct, matched, precision, recall, f1 };
}
