import {
  type Claim,
  displayValue,
  type Field,
  type FieldMember,
  type FieldSpec,
  type Profile,
  type SourceRecord,
} from '@dealbrief/core';
import { groupByValue, type ValueGroup } from './group-claims.js';
import { explainList, explainSingle } from './rationale.js';
import { representValue } from './represent.js';

/** What reconciliation needs: every claim, the profile's field catalogue and the sources. */
export interface ReconcileInput {
  claims: readonly Claim[];
  profile: Profile;
  sources: readonly SourceRecord[];
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Share of the sources speaking to the field that back this group, times the rules' mean confidence. */
function groupConfidence(group: ValueGroup, sourcesOnField: number): number {
  return round(
    (group.sources.length / Math.max(1, sourcesOnField)) * mean(group.claims.map((c) => c.confidence)),
  );
}

function notFound(spec: FieldSpec): Field {
  return {
    field: spec.key,
    label: spec.label,
    cardinality: spec.cardinality,
    value: null,
    display: '',
    members: [],
    status: 'not-found',
    support: [],
    dissent: [],
    sources: [],
    confidence: 0,
    rationale: `No source states ${spec.label.toLowerCase()}.`,
  };
}

function reconcileSingle(
  spec: FieldSpec,
  groups: ValueGroup[],
  sources: ReadonlyMap<string, SourceRecord>,
): Field {
  const [winner, ...others] = groups as [ValueGroup, ...ValueGroup[]];
  const sourcesOnField = new Set(groups.flatMap((g) => g.sources)).size;
  const value = representValue(winner.claims);
  const dissent = others.flatMap((g) => g.claims.map((c) => c.id));
  const status = dissent.length > 0 ? 'disputed' : winner.sources.length >= 2 ? 'agreed' : 'single-source';
  return {
    field: spec.key,
    label: spec.label,
    cardinality: spec.cardinality,
    value,
    display: displayValue(value),
    members: [],
    status,
    support: winner.claims.map((c) => c.id),
    dissent,
    sources: winner.sources,
    confidence: groupConfidence(winner, sourcesOnField),
    rationale: explainSingle(winner, others, sources),
  };
}

function reconcileList(spec: FieldSpec, groups: ValueGroup[]): Field {
  const sourcesOnField = new Set(groups.flatMap((g) => g.sources)).size;
  const members: FieldMember[] = groups.map((g) => {
    const value = representValue(g.claims);
    return {
      value,
      display: displayValue(value),
      status: g.sources.length >= 2 ? 'agreed' : 'single-source',
      support: g.claims.map((c) => c.id),
      dissent: [],
      sources: g.sources,
      confidence: groupConfidence(g, sourcesOnField),
    };
  });
  const sources = [...new Set(groups.flatMap((g) => g.sources))].sort();
  return {
    field: spec.key,
    label: spec.label,
    cardinality: spec.cardinality,
    value: null,
    display: members.map((m) => m.display).join('; '),
    members,
    status: members.some((m) => m.status === 'agreed') ? 'agreed' : 'single-source',
    support: members.flatMap((m) => m.support),
    dissent: [],
    sources,
    confidence: round(Math.max(...members.map((m) => m.confidence))),
    rationale: explainList(groups),
  };
}

/**
 * One answer per catalogue field, in catalogue order: the value most independent sources state, the
 * claims that support it and those that contradict it, a status and a one-sentence rationale. The
 * same claims in any order give the same fields.
 */
export function reconcileClaims(input: ReconcileInput): Field[] {
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const ok = new Set(input.sources.filter((s) => s.status === 'ok').map((s) => s.id));
  return input.profile.fields.map((spec) => {
    const claims = input.claims.filter((c) => c.field === spec.key && (ok.size === 0 || ok.has(c.source)));
    if (claims.length === 0) return notFound(spec);
    const groups = groupByValue(claims);
    return spec.cardinality === 'one' ? reconcileSingle(spec, groups, sources) : reconcileList(spec, groups);
  });
}
