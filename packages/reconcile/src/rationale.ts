import { type Claim, displayValue, type SourceRecord } from '@dealbrief/core';
import type { ValueGroup } from './group-claims.js';
import { qualifierWords, representValue } from './represent.js';

/** "002 (government: exact, more than)", "004 (news)", "005" — the source, its kind and its wording. */
function describeSource(
  id: string,
  claims: readonly Claim[],
  sources: ReadonlyMap<string, SourceRecord>,
  withQualifiers: boolean,
): string {
  const kind = sources.get(id)?.kind;
  const words = withQualifiers ? qualifierWords(claims, id) : [];
  const parts = [kind && kind !== 'unknown' ? kind : '', words.join(', ')].filter((p) => p !== '');
  return parts.length === 0 ? id : `${id} (${parts.join(': ')})`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * One plain sentence on why a single-valued field has its answer, e.g. "260,000 GPUs — 4 sources:
 * 000 (news: up to), 002 (government: exact, more than), …; 003 (opinion) says 250,000 GPUs."
 */
export function explainSingle(
  winner: ValueGroup,
  others: readonly ValueGroup[],
  sources: ReadonlyMap<string, SourceRecord>,
): string {
  const display = displayValue(representValue(winner.claims));
  const support = winner.sources.map((s) => describeSource(s, winner.claims, sources, true)).join(', ');
  let text = `${display} — ${plural(winner.sources.length, 'source')}: ${support}`;
  for (const other of others) {
    const who = other.sources.map((s) => describeSource(s, other.claims, sources, false)).join(', ');
    const verb = other.sources.length === 1 ? 'says' : 'say';
    text += `; ${who} ${verb} ${displayValue(representValue(other.claims))}`;
  }
  if (others.length > 0 && others[0]!.sources.length === winner.sources.length) {
    text += '; no majority';
  }
  return `${text}.`;
}

/** One plain sentence on a list field: each member with its sources, single-source members flagged. */
export function explainList(groups: readonly ValueGroup[]): string {
  const parts = groups.map((g) => `${displayValue(representValue(g.claims))} (${g.sources.join(', ')})`);
  const single = groups
    .filter((g) => g.sources.length === 1)
    .map((g) => displayValue(representValue(g.claims)));
  let text = `${plural(groups.length, 'member')}: ${parts.join(', ')}`;
  if (single.length > 0) text += `; named by one source only: ${single.join(', ')}`;
  return `${text}.`;
}
