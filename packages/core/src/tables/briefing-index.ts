import type { Briefing, WitnessGroup } from '../schemas/briefing.js';
import type { Claim } from '../schemas/claim.js';
import type { Field } from '../schemas/field.js';
import type { SourceRecord } from '../schemas/source.js';
import { collectFieldIds } from './field-columns.js';

/** A record with its 0-based position in the briefing's array (its table row is `index + 2`). */
export interface IndexedRecord<T> {
  record: T;
  index: number;
}

/** Lookups by id over a briefing's claims and sources (the first record wins when ids repeat). */
export interface BriefingIndex {
  claims: ReadonlyMap<string, IndexedRecord<Claim>>;
  sources: ReadonlyMap<string, IndexedRecord<SourceRecord>>;
  /** Source id → the witness groups (translations, copies) it belongs to, in briefing order. */
  groups: ReadonlyMap<string, readonly WitnessGroup[]>;
}

function indexById<T extends { id: string }>(records: readonly T[]): Map<string, IndexedRecord<T>> {
  const map = new Map<string, IndexedRecord<T>>();
  records.forEach((record, index) => {
    if (!map.has(record.id)) map.set(record.id, { record, index });
  });
  return map;
}

/** Source id → the witness groups (translations, copies) it belongs to, in briefing order. */
export function indexWitnessGroups(groups: readonly WitnessGroup[]): Map<string, WitnessGroup[]> {
  const map = new Map<string, WitnessGroup[]>();
  for (const group of groups) {
    for (const source of new Set(group.sources)) {
      const list = map.get(source);
      if (list === undefined) map.set(source, [group]);
      else list.push(group);
    }
  }
  return map;
}

/**
 * Builds the id lookups the table columns use to resolve claim, source and group references: an entry
 * per claim. An exporter of a large briefing wants {@link indexLinkedClaims}.
 */
export function indexBriefing(briefing: Briefing): BriefingIndex {
  return {
    claims: indexById(briefing.claims),
    sources: indexById(briefing.sources),
    groups: indexWitnessGroups(briefing.groups ?? []),
  };
}

/** Every claim id a field or one of its members lists as support, dissent or consistent. */
export function collectFieldClaimIds(fields: readonly Field[]): Set<string> {
  const ids = new Set<string>();
  for (const field of fields)
    for (const list of ['support', 'dissent', 'consistent'] as const)
      for (const id of collectFieldIds(field, list)) ids.add(id);
  return ids;
}

/**
 * {@link indexBriefing} with only the claims in `linked` in its claim lookup (the first record wins when
 * ids repeat, `index` its position in `briefing.claims`, as there). The tables look claims up only by the
 * ids fields list ({@link collectFieldClaimIds}), so this answers every lookup they make the same, without
 * an entry per claim of a million-claim briefing.
 */
export function indexLinkedClaims(briefing: Briefing, linked: ReadonlySet<string>): BriefingIndex {
  const claims = new Map<string, IndexedRecord<Claim>>();
  const { claims: records } = briefing;
  // Stops once every linked id is found (they usually are), and at once when nothing is linked.
  for (let index = 0; index < records.length && claims.size < linked.size; index++) {
    const record = records[index]!;
    if (linked.has(record.id) && !claims.has(record.id)) claims.set(record.id, { record, index });
  }
  return { claims, sources: indexById(briefing.sources), groups: indexWitnessGroups(briefing.groups ?? []) };
}
