import type { Briefing, Claim, SourceRecord } from '@dealbrief/core';

/** A record with its 0-based position in the briefing's array. */
export interface Indexed<T> {
  record: T;
  index: number;
}

/** Lookups by id over a briefing's claims and sources (the first record wins when ids repeat). */
export interface BriefingIndex {
  claims: ReadonlyMap<string, Indexed<Claim>>;
  sources: ReadonlyMap<string, Indexed<SourceRecord>>;
}

function indexById<T extends { id: string }>(records: readonly T[]): Map<string, Indexed<T>> {
  const map = new Map<string, Indexed<T>>();
  records.forEach((record, index) => {
    if (!map.has(record.id)) map.set(record.id, { record, index });
  });
  return map;
}

/** Builds the id lookups the row builders use to resolve claim and source references. */
export function indexBriefing(briefing: Briefing): BriefingIndex {
  return { claims: indexById(briefing.claims), sources: indexById(briefing.sources) };
}
