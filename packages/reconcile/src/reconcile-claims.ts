import type {
  Claim,
  Field,
  FieldMember,
  FieldSpec,
  Profile,
  SourceRecord,
  WitnessGroup,
} from '@dealbrief/core';
import { explainVerdict, listSome } from './explain-verdict.js';
import { groupBy } from './group-by.js';
import { displayVerdict, type JudgeContext, judgeClaims, type Verdict } from './judge-claims.js';
import { memberKey } from './member-key.js';
import { findWitnessGroups, witnessOf } from './witness-groups.js';

/** What reconciliation needs: every claim, the profile's field catalogue and the sources. */
export interface ReconcileInput {
  claims: readonly Claim[];
  profile: Profile;
  sources: readonly SourceRecord[];
}

/** One answer per field, and the groups of sources counted as one witness. */
export interface Reconciliation {
  fields: Field[];
  groups: WitnessGroup[];
}

const ids = (claims: readonly Claim[]) => claims.map((c) => c.id);
const sourcesOf = (claims: readonly Claim[]) => [...new Set(claims.map((c) => c.source))].sort();

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
    consistent: [],
    sources: [],
    confidence: 0,
    rationale: `No source states ${spec.label.toLowerCase()}.`,
  };
}

function fieldOf(spec: FieldSpec, verdict: Verdict, context: JudgeContext): Field {
  return {
    field: spec.key,
    label: spec.label,
    cardinality: spec.cardinality,
    value: verdict.answer,
    display: displayVerdict(verdict),
    members: [],
    status: verdict.status,
    support: ids(verdict.support),
    dissent: ids(verdict.dissent),
    consistent: ids(verdict.consistent),
    sources: sourcesOf(verdict.support),
    confidence: verdict.confidence,
    rationale: explainVerdict(verdict, context),
  };
}

function memberOf(verdict: Verdict): FieldMember {
  return {
    value: verdict.answer,
    display: displayVerdict(verdict),
    status: verdict.status,
    support: ids(verdict.support),
    dissent: ids(verdict.dissent),
    consistent: ids(verdict.consistent),
    sources: sourcesOf(verdict.support),
    confidence: verdict.confidence,
  };
}

function listField(spec: FieldSpec, claims: readonly Claim[], context: JudgeContext): Field {
  const byMember = groupBy(claims, (c) => memberKey(c.value));
  const verdicts = [...byMember.values()]
    .map((group) => judgeClaims(group, context))
    .sort(
      (a, b) =>
        b.witnesses.length - a.witnesses.length ||
        b.confidence - a.confidence ||
        (displayVerdict(a) < displayVerdict(b) ? -1 : 1),
    );
  const members = verdicts.map(memberOf);
  const single = members.filter((m) => m.status === 'single-source').map((m) => m.display);
  const disputed = members.filter((m) => m.status === 'disputed').map((m) => m.display);
  const all = verdicts.flatMap((v) => v.support);
  const status =
    disputed.length > 0
      ? 'disputed'
      : members.some((m) => m.status === 'agreed')
        ? 'agreed'
        : 'single-source';
  let rationale = `${members.length} ${members.length === 1 ? 'member' : 'members'}: ${verdicts
    .map((v) => `${displayVerdict(v)} (${listSome(v.witnesses)})`)
    .join('; ')}`;
  if (single.length > 0) rationale += `. Named by one source only: ${single.join('; ')}`;
  if (disputed.length > 0)
    rationale += `. Disputed: ${verdicts
      .filter((v) => v.status === 'disputed')
      .map((v) => explainVerdict(v, context))
      .join(' ')}`;
  return {
    field: spec.key,
    label: spec.label,
    cardinality: spec.cardinality,
    value: null,
    display: members.map((m) => m.display).join('; '),
    members,
    status,
    support: ids(all),
    dissent: verdicts.flatMap((v) => ids(v.dissent)),
    consistent: verdicts.flatMap((v) => ids(v.consistent)),
    sources: sourcesOf(all),
    confidence: Math.max(...members.map((m) => m.confidence)),
    rationale: rationale.endsWith('.') ? rationale : `${rationale}.`,
  };
}

/**
 * One answer per catalogue field, in catalogue order, and the groups of sources that tell one story.
 * Translations and copies count as one witness; claims of rejected sources are ignored. The same
 * claims in any order give the same result.
 */
export function reconcileClaims(input: ReconcileInput): Reconciliation {
  const ok = input.sources.filter((s) => s.status === 'ok');
  const okIds = new Set(ok.map((s) => s.id));
  const claims = input.claims
    .filter((c) => okIds.has(c.source))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = findWitnessGroups(claims, ok);
  const context: JudgeContext = { sources: new Map(ok.map((s) => [s.id, s])), witnessOf: witnessOf(groups) };
  const byField = groupBy(claims, (c) => c.field);
  const fields = input.profile.fields.map((spec) => {
    const mine = byField.get(spec.key);
    if (mine === undefined) return notFound(spec);
    return spec.cardinality === 'one'
      ? fieldOf(spec, judgeClaims(mine, context), context)
      : listField(spec, mine, context);
  });
  return { fields, groups };
}
