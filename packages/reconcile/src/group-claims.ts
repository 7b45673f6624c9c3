import type { Claim } from '@dealbrief/core';
import { valueKey } from './value-key.js';

/** Claims that state one value, with the distinct sources behind them. */
export interface ValueGroup {
  key: string;
  claims: Claim[];
  sources: string[];
  /** Sum of the rules' confidences, for tie-breaking. */
  weight: number;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts claims into a canonical order, so results never depend on the order claims arrive in. */
export function sortClaims(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => compareText(a.id, b.id));
}

/**
 * Groups claims by the value they state; strongest first: more distinct sources, then more
 * confidence, then key order (so ties break the same way every time).
 */
export function groupByValue(claims: readonly Claim[]): ValueGroup[] {
  const groups = new Map<string, ValueGroup>();
  for (const claim of sortClaims(claims)) {
    const key = valueKey(claim.value);
    let group = groups.get(key);
    if (!group) {
      group = { key, claims: [], sources: [], weight: 0 };
      groups.set(key, group);
    }
    group.claims.push(claim);
    group.weight += claim.confidence;
    if (!group.sources.includes(claim.source)) group.sources.push(claim.source);
  }
  for (const group of groups.values()) group.sources.sort(compareText);
  return [...groups.values()].sort(
    (a, b) => b.sources.length - a.sources.length || b.weight - a.weight || compareText(a.key, b.key),
  );
}
