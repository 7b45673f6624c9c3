import {
  type Claim,
  displayValue,
  type FieldStatus,
  type Qualifier,
  type SourceRecord,
  type Value,
} from '@dealbrief/core';
import { canStand, isDayDate, stanceByKey } from './compatibility.js';
import { groupBy } from './group-by.js';
import { priorOf } from './source-weight.js';
import { valueKey } from './value-key.js';

/** What the sources say about one value slot: the answer, who backs it, who agrees, who contradicts. */
export interface Verdict {
  answer: Value;
  support: Claim[];
  consistent: Claim[];
  dissent: Claim[];
  /** Witness ids (a group id such as "000+001", or a source id) behind the answer, sorted. */
  witnesses: string[];
  /** Values other than the answer stated by as many witnesses as the answer. */
  rivals: Value[];
  status: FieldStatus;
  confidence: number;
}

/** The context a verdict is judged in. */
export interface JudgeContext {
  sources: ReadonlyMap<string, SourceRecord>;
  witnessOf: (source: string) => string;
}

const QUALIFIER_ORDER: readonly Qualifier[] = ['exact', 'about', 'up_to', 'more_than', 'at_least'];

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The claims being judged, in id order, with what each needs looked up once: its value key, its
 * witness and its strength (source prior × rule confidence). Verdicts work on positions in it.
 */
interface Judged {
  claims: Claim[];
  keys: string[];
  witnesses: string[];
  strengths: number[];
}

function lookUpClaims(claims: readonly Claim[], context: JudgeContext): Judged {
  const ordered = [...claims].sort((a, b) => compare(a.id, b.id));
  return {
    claims: ordered,
    keys: ordered.map((c) => valueKey(c.value)),
    witnesses: ordered.map((c) => context.witnessOf(c.source)),
    strengths: ordered.map((c) => priorOf(context.sources.get(c.source)) * c.confidence),
  };
}

function witnessesOf(positions: readonly number[], judged: Judged): string[] {
  return [...new Set(positions.map((i) => judged.witnesses[i]!))].sort(compare);
}

/** The answer's wording: for quantities "exact" when any source states the plain figure, else the most used qualifier. */
function representative(claims: readonly Claim[]): Value {
  const first = claims[0]!.value;
  if (first.type !== 'quantity') return first;
  const counts = new Map<Qualifier, number>();
  for (const c of claims)
    if (c.value.type === 'quantity') counts.set(c.value.qualifier, (counts.get(c.value.qualifier) ?? 0) + 1);
  if (counts.has('exact')) return { ...first, qualifier: 'exact' };
  let best: Qualifier = first.qualifier;
  for (const q of QUALIFIER_ORDER) if ((counts.get(q) ?? 0) > (counts.get(best) ?? 0)) best = q;
  return { ...first, qualifier: best };
}

/**
 * 1 − Π(1 − prior × rule confidence) over independent witnesses: each witness's best claim, its
 * source's prior the highest in the group.
 */
function belief(positions: readonly number[], judged: Judged): number {
  const perWitness = new Map<string, number>();
  for (const i of positions) {
    const w = judged.witnesses[i]!;
    perWitness.set(w, Math.max(perWitness.get(w) ?? 0, judged.strengths[i]!));
  }
  let doubt = 1;
  for (const s of perWitness.values()) doubt *= 1 - s;
  return 1 - doubt;
}

/**
 * Judges the claims about one value slot (a single-valued field, or one member of a list field). Each
 * stated value is a candidate; the answer is the one stated by the most independent witnesses (then
 * the most belief, then key order). Every other claim either agrees with it (a weekday, a compatible
 * bound) or contradicts it. Confidence = S × (1 − D / 2), S the belief in the answer's support and D
 * the belief in its dissent.
 */
export function judgeClaims(claims: readonly Claim[], context: JudgeContext): Verdict {
  const all = lookUpClaims(claims, context);
  const claimsAt = (positions: readonly number[]) => positions.map((i) => all.claims[i]!);
  const byKey = groupBy(all.claims.keys(), (i) => all.keys[i]!);
  const anyDayDate = all.claims.some((c) => isDayDate(c.value));
  const candidates = [...byKey]
    .filter(([, group]) => canStand(all.claims[group[0]!]!.value, anyDayDate))
    .map(([key, group]) => ({ key, group, witnesses: witnessesOf(group, all), belief: belief(group, all) }))
    .sort((a, b) => b.witnesses.length - a.witnesses.length || b.belief - a.belief || compare(a.key, b.key));
  const best = candidates[0]!;
  const answer = representative(claimsAt(best.group));
  const answerKey = best.key; // the representative differs from the group's values at most in its qualifier
  const support: number[] = [];
  const consistent: number[] = [];
  const dissent: number[] = [];
  all.claims.forEach((c, i) => {
    const stance = stanceByKey(c.value, all.keys[i]!, answer, answerKey);
    (stance === 'supports' ? support : stance === 'consistent' ? consistent : dissent).push(i);
  });
  const rivals = candidates
    .slice(1)
    .filter((c) => c.witnesses.length === best.witnesses.length)
    .map((c) => representative(claimsAt(c.group)));
  const witnesses = witnessesOf(support, all);
  const status: FieldStatus =
    dissent.length > 0 || rivals.length > 0 ? 'disputed' : witnesses.length >= 2 ? 'agreed' : 'single-source';
  const confidence = Math.round(belief(support, all) * (1 - belief(dissent, all) / 2) * 100) / 100;
  return {
    answer,
    support: claimsAt(support),
    consistent: claimsAt(consistent),
    dissent: claimsAt(dissent),
    witnesses,
    rivals,
    status,
    confidence,
  };
}

/** The answer written for people, with rivals when there is no majority: "1 GPU or 2 GPUs". */
export function displayVerdict(verdict: Verdict): string {
  return [verdict.answer, ...verdict.rivals].map(displayValue).join(' or ');
}
