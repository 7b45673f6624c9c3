import type { Claim, Qualifier, Value } from '@dealbrief/core';

const QUALIFIER_ORDER: readonly Qualifier[] = ['exact', 'about', 'up_to', 'more_than', 'at_least'];

/**
 * The one value that stands for a group of claims stating the same thing. For quantities the
 * qualifier is "exact" when any source states the figure plainly, else the one most sources use.
 */
export function representValue(claims: readonly Claim[]): Value {
  const first = claims[0]!.value;
  if (first.type !== 'quantity') return first;
  const counts = new Map<Qualifier, number>();
  for (const c of claims)
    if (c.value.type === 'quantity') counts.set(c.value.qualifier, (counts.get(c.value.qualifier) ?? 0) + 1);
  let qualifier: Qualifier = first.qualifier;
  if (counts.has('exact')) qualifier = 'exact';
  else {
    let best = -1;
    for (const q of QUALIFIER_ORDER) {
      const n = counts.get(q) ?? 0;
      if (n > best) {
        best = n;
        qualifier = q;
      }
    }
  }
  return { ...first, qualifier };
}

/** How each source words a quantity: "up to", "more than", "exact" (deduplicated, in order). */
export function qualifierWords(claims: readonly Claim[], source: string): string[] {
  const words: string[] = [];
  for (const c of claims) {
    if (c.source !== source || c.value.type !== 'quantity') continue;
    const word = c.value.qualifier.replace('_', ' ');
    if (!words.includes(word)) words.push(word);
  }
  return words;
}
