import {
  type Briefing,
  type BriefingIndex,
  type Claim,
  type IndexedRecord,
  indexBriefing,
} from '@dealbrief/core';

/**
 * core's `indexBriefing`, with only the claims in `linked` in its claim lookup (first record wins when
 * ids repeat, `index` its position in `briefing.claims`, as there). The sheets look claims up only by
 * the ids fields list (see `collectLinkedClaims`), so this answers every lookup they make the same,
 * without a lookup entry per claim of a million-claim briefing.
 */
export function indexLinkedClaims(briefing: Briefing, linked: ReadonlySet<string>): BriefingIndex {
  const claims = new Map<string, IndexedRecord<Claim>>();
  const { claims: records } = briefing;
  // Stops once every linked id is found (they usually are), and at once when nothing is linked.
  for (let index = 0; index < records.length && claims.size < linked.size; index++) {
    const record = records[index]!;
    if (linked.has(record.id) && !claims.has(record.id)) claims.set(record.id, { record, index });
  }
  return { ...indexBriefing({ ...briefing, claims: [] }), claims };
}
