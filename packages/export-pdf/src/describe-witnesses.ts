import { listWitnesses, type WitnessGroup } from '@dealbrief/core';
import { NAME_LIMIT } from './limits.js';
import { joinWithMore } from './shorten-text.js';

/** Source id → the witness groups (translations, copies) it belongs to, in briefing order. */
export type GroupsBySource = ReadonlyMap<string, readonly WitnessGroup[]>;

/** Group ids longer than this are written as their first two members and a count. */
const GROUP_ID_LIMIT = 40;

/**
 * A witness group as a witness: "000+001 (one story)"; a group with a long id (many copies of one story)
 * is named by its first two members and its size: "000004+000014+… (36 sources, one story)".
 */
export function describeGroup(group: WitnessGroup): string {
  if (group.id.length <= GROUP_ID_LIMIT) return `${group.id} (one story)`;
  const [first, second] = group.sources;
  return `${first}+${second}+… (${group.sources.length} sources, one story)`;
}

/**
 * The witnesses behind `sourceIds`, as `@dealbrief/core`'s `describeWitnesses` writes them (its
 * `listWitnesses`: a group once, other sources by id; joined with ", "), with long group ids shortened
 * ({@link describeGroup}) and at most `limit` witnesses named before "+N more".
 */
export function describeWitnesses(
  sourceIds: readonly string[],
  groups: GroupsBySource,
  limit = NAME_LIMIT,
): string {
  const witnesses = listWitnesses(sourceIds, { groups });
  return joinWithMore(
    witnesses.map((w) => (typeof w === 'string' ? w : describeGroup(w))),
    limit,
  );
}
