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

function witnessesOf(claims: readonly Claim[], context: JudgeContext): string[] {
  return [...new Set(claims.map((c) => context.witnessOf(c.source)))].sort(compare);
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
function belief(claims: readonly Claim[], context: JudgeContext): number {
  const perWitness = new Map<string, number>();
  for (const c of claims) {
    const w = context.witnessOf(c.source);
    const strength = priorOf(context.sources.get(c.source)) * c.confidence;
    perWitness.set(w, Math.max(perWitness.get(w) ?? 0, strength));
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
  const ordered = [...claims].sort((a, b) => compare(a.id, b.id));
  const keys = ordered.map((c) => valueKey(c.value));
  const byKey = groupBy(ordered, (_, i) => keys[i]!);
  const anyDayDate = ordered.some((c) => isDayDate(c.value));
  const candidates = [...byKey]
    .filter(([, group]) => canStand(group[0]!.value, anyDayDate))
    .map(([key, group]) => ({
      key,
      group,
      witnesses: witnessesOf(group, context),
      belief: belief(group, context),
    }))
    .sort((a, b) => b.witnesses.length - a.witnesses.length || b.belief - a.belief || compare(a.key, b.key));
  const best = candidates[0]!;
  const answer = representative(best.group);
  const answerKey = valueKey(answer);
  const support: Claim[] = [];
  const consistent: Claim[] = [];
  const dissent: Claim[] = [];
  ordered.forEach((c, i) => {
    const stance = stanceByKey(c.value, keys[i]!, answer, answerKey);
    (stance === 'supports' ? support : stance === 'consistent' ? consistent : dissent).push(c);
  });
  const rivals = candidates
    .slice(1)
    .filter((c) => c.witnesses.length === best.witnesses.length)
    .map((c) => representative(c.group));
  const witnesses = witnessesOf(support, context);
  const status: FieldStatus =
    dissent.length > 0 || rivals.length > 0 ? 'disputed' : witnesses.length >= 2 ? 'agreed' : 'single-source';
  const confidence = Math.round(belief(support, context) * (1 - belief(dissent, context) / 2) * 100) / 100;
  return { answer, support, consistent, dissent, witnesses, rivals, status, confidence };
}

/** The answer written for people, with rivals when there is no majority: "1 GPU or 2 GPUs". */
export function displayVerdict(verdict: Verdict): string {
  return [verdict.answer, ...verdict.rivals].map(displayValue).join(' or ');
}
