import type { Briefing, WitnessGroup } from '@dealbrief/core';
import { NAME_LIMIT } from './limits.js';
import { joinWithMore } from './shorten-text.js';

/** Source id → the witness groups (translations, copies) it belongs to, in briefing order. */
export type GroupsBySource = ReadonlyMap<string, readonly WitnessGroup[]>;

/** Indexes the briefing's witness groups by source id. */
export function indexGroups(briefing: Briefing): GroupsBySource {
  const groups = new Map<string, WitnessGroup[]>();
  for (const group of briefing.groups) {
    for (const source of new Set(group.sources)) {
      const list = groups.get(source);
      if (list === undefined) groups.set(source, [group]);
      else list.push(group);
    }
  }
  return groups;
}

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
 * The witnesses behind `sourceIds`, as `@dealbrief/core`'s `describeWitnesses` writes them (sources of
 * one witness group, when all of them are among `sourceIds`, are written once as the group; other sources
 * by id; joined with ", "), but linear in the number of ids, with long group ids shortened
 * ({@link describeGroup}) and at most `limit` witnesses named before "+N more".
 */
export function describeWitnesses(
  sourceIds: readonly string[],
  groups: GroupsBySource,
  limit = NAME_LIMIT,
): string {
  const ids = new Set(sourceIds);
  const complete = new Map<WitnessGroup, boolean>();
  const isComplete = (group: WitnessGroup): boolean => {
    let known = complete.get(group);
    if (known === undefined) {
      known = group.sources.every((source) => ids.has(source));
      complete.set(group, known);
    }
    return known;
  };
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const id of sourceIds) {
    const group = groups.get(id)?.find(isComplete);
    const key = group?.id ?? id;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(group === undefined ? id : describeGroup(group));
  }
  return joinWithMore(parts, limit);
}
