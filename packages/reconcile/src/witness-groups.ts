import type { Claim, Language, SourceRecord, WitnessGroup } from '@dealbrief/core';
import { forEachCandidatePair } from './candidate-pairs.js';
import { groupBy } from './group-by.js';
import type { NumberedFacts } from './number-facts.js';
import { createStoryComparer, MIN_JACCARD, MIN_SHARED } from './same-story.js';
import { valueKey } from './value-key.js';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'German', ko: 'Korean' };

/**
 * Each source's facts in order of first statement, numbered over one numbering shared by all sources
 * (in order of first appearance, as `numberFacts` numbers them), in a form that does not depend on
 * the language: `field|value key` (amounts, gazetteer ids, canonical wordings, dates). Quotes are left
 * out: their text is the language. A fact is looked up by field and value key, and its text is built
 * once, when it is first met: a corpus states the same few facts over and over.
 */
function numberSourceFacts(claimsBySource: readonly (readonly Claim[])[]): NumberedFacts {
  const byField = new Map<string, Map<string, number>>();
  const facts: string[] = [];
  const lastSource: number[] = []; // per fact, the last source (+1) that stated it
  const numbered = claimsBySource.map((claims, source) => {
    const sequence: number[] = [];
    for (const c of claims) {
      if (c.value.type === 'quote') continue;
      let numbers = byField.get(c.field);
      if (numbers === undefined) {
        numbers = new Map();
        byField.set(c.field, numbers);
      }
      const key = valueKey(c.value);
      let n = numbers.get(key);
      if (n === undefined) {
        n = facts.length;
        numbers.set(key, n);
        facts.push(`${c.field}|${key}`);
        lastSource.push(0);
      }
      if (lastSource[n] !== source + 1) {
        lastSource[n] = source + 1;
        sequence.push(n);
      }
    }
    return Int32Array.from(sequence);
  });
  return { numbered, facts };
}

/**
 * Groups of sources that are translations or copies of each other: the same facts (amounts, entities,
 * canonical wordings), mostly in the same order, whatever the language. A group counts as one witness.
 * Each group is described for people: "001 is a German version of 000", "005 repeats 004".
 *
 * Not quadratic in the number of sources: MinHash + LSH over each source's fact set proposes candidate
 * pairs ({@link forEachCandidatePair}), and only those whose sources are not yet in one group get the
 * exact check. Groups are the connected
 * components of the pairs that pass, so they do not depend on the order of the input.
 */
export function findWitnessGroups(
  claims: readonly Claim[],
  sources: readonly SourceRecord[],
): WitnessGroup[] {
  const ok = sources.filter((s) => s.status === 'ok').sort((a, b) => (a.id < b.id ? -1 : 1));
  const claimsOf = new Map<string, Claim[]>(ok.map((s) => [s.id, []]));
  for (const c of claims) claimsOf.get(c.source)?.push(c);
  const sequences = numberSourceFacts(ok.map((s) => claimsOf.get(s.id)!));
  const { numbered } = sequences;
  const compareStories = createStoryComparer(sequences.facts.length);
  const parent = ok.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) {
      parent[r] = parent[parent[r]!]!;
      r = parent[r]!;
    }
    return r;
  };
  // A pair whose sources are already in one group is skipped (never visited): the groups are the
  // connected components of the pairs that pass, which skipping an already-connected pair cannot change,
  // in any order. A pair may come again from another band; only a pair told apart by the order of its
  // facts is remembered, the other checks are cheaper than remembering them.
  const reordered = new Set<number>();
  const options = { minJaccard: MIN_JACCARD, minShared: MIN_SHARED, groupOf: root };
  forEachCandidatePair(sequences, options, (i, j) => {
    const key = i * numbered.length + j;
    if (reordered.has(key)) return;
    const verdict = compareStories(numbered[i]!, numbered[j]!);
    if (verdict === 'same') parent[root(j)] = root(i);
    else if (verdict === 'reordered') reordered.add(key);
  });
  return [...groupBy(ok, (_, i) => root(i)).values()]
    .filter((group) => group.length >= 2)
    .map((group) => {
      const [first, ...rest] = group as [SourceRecord, ...SourceRecord[]];
      const translation = rest.some((s) => s.languages[0] !== first.languages[0]);
      const relations = rest.map((s) =>
        s.languages[0] !== first.languages[0] && s.languages[0] !== undefined
          ? `${s.id} is a ${LANGUAGE_NAMES[s.languages[0]]} version of ${first.id}`
          : `${s.id} repeats ${first.id}`,
      );
      const more = relations.length - MAX_NOTED;
      const note =
        more > 0
          ? `${relations.slice(0, MAX_NOTED).join('; ')}; and ${more.toLocaleString('en-US')} more sources tell the same story`
          : relations.join('; ');
      return {
        id: groupId(group.map((s) => s.id)),
        sources: group.map((s) => s.id),
        relation: translation ? ('translation' as const) : ('copy' as const),
        note,
      };
    });
}

/** Relations a group's note spells out before it counts the rest. */
const MAX_NOTED = 12;
/** Groups of up to this many sources have all their ids in their id. */
const MAX_IDS_IN_ID = 4;

/**
 * A group's id: its sources' ids joined with "+" ("000+001"); from five sources on, the first two and
 * the count ("000004+000014+… (2,601 sources)"), so a story copied thousands of times keeps an id a
 * person can read and a cell can hold. Groups share no source, so the first id alone keeps ids unique.
 */
function groupId(ids: readonly string[]): string {
  if (ids.length <= MAX_IDS_IN_ID) return ids.join('+');
  return `${ids[0]}+${ids[1]}+… (${ids.length.toLocaleString('en-US')} sources)`;
}

/** Maps each source id to the id of its witness: its group's id, or its own id. */
export function witnessOf(groups: readonly WitnessGroup[]): (source: string) => string {
  const bySource = new Map<string, string>();
  for (const g of groups) for (const s of g.sources) bySource.set(s, g.id);
  return (source) => bySource.get(source) ?? source;
}
