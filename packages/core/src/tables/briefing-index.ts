import type { Briefing } from '../schemas/briefing.js';
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
}

function indexById<T extends { id: string }>(records: readonly T[]): Map<string, IndexedRecord<T>> {
  const map = new Map<string, IndexedRecord<T>>();
  records.forEach((record, index) => {
    if (!map.has(record.id)) map.set(record.id, { record, index });
  });
  return map;
}

/** Builds the id lookups the table columns use to resolve claim and source references. */
export function indexBriefing(briefing: Briefing): BriefingIndex {
  return { claims: indexById(briefing.claims), sources: indexById(briefing.sources) };
}
