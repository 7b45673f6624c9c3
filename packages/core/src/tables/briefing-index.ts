import type { Briefing, WitnessGroup } from '../schemas/briefing.js';
import type { Claim } from '../schemas/claim.js';
import type { SourceRecord } from '../schemas/source.js';

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

function indexGroups(groups: readonly WitnessGroup[]): Map<string, WitnessGroup[]> {
  const map = new Map<string, WitnessGroup[]>();
  for (const group of groups) {
    for (const source of new Set(group.sources)) map.set(source, [...(map.get(source) ?? []), group]);
  }
  return map;
}

/** Builds the id lookups the table columns use to resolve claim, source and group references. */
export function indexBriefing(briefing: Briefing): BriefingIndex {
  // The claim lookup is built on first use: tables that never look a claim up (a briefing without fields,
  // the claims table itself) do not pay for a map of every claim.
  let claims: Map<string, IndexedRecord<Claim>> | undefined;
  return {
    get claims() {
      claims ??= indexById(briefing.claims);
      return claims;
    },
    sources: indexById(briefing.sources),
    groups: indexGroups(briefing.groups ?? []),
  };
}
