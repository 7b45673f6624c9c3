import { type Claim, displayValue } from '@dealbrief/core';
import { groupBy } from './group-by.js';
import { displayVerdict, type JudgeContext, type Verdict } from './judge-claims.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** How a witness's claims word a quantity: "up to", "more than" (deduplicated, in claim order). */
function wordings(claims: readonly Claim[]): string[] {
  const words: string[] = [];
  for (const c of claims) {
    if (c.value.type !== 'quantity' || c.value.qualifier === 'exact') continue;
    const word = c.value.qualifier.replace('_', ' ');
    if (!words.includes(word)) words.push(word);
  }
  return words;
}

/**
 * Witnesses a rationale names before it counts the rest ("…, and 7,990 more"): a field stated by
 * thousands of sources keeps a sentence a person can read and a spreadsheet cell can hold.
 */
export const MAX_LISTED_WITNESSES = 12;

/** `items` joined with commas, at most {@link MAX_LISTED_WITNESSES} of them, then how many more. */
export function listSome(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED_WITNESSES).join(', ');
  const more = items.length - MAX_LISTED_WITNESSES;
  return more > 0 ? `${shown}, and ${more.toLocaleString('en-US')} more` : shown;
}

/** The claims of each witness, in claim order. */
function byWitness(claims: readonly Claim[], context: JudgeContext): Map<string, Claim[]> {
  return groupBy(claims, (c) => context.witnessOf(c.source));
}

/** "000+001 (news, one story: up to)", "002 (government)", "005". */
function describeWitness(witness: string, mine: readonly Claim[], context: JudgeContext): string {
  const kinds = [
    ...new Set(mine.map((c) => context.sources.get(c.source)?.kind).filter((k) => k && k !== 'unknown')),
  ];
  const label = [kinds.join('/'), witness.includes('+') ? 'one story' : '']
    .filter((p) => p !== '')
    .join(', ');
  const words = wordings(mine);
  const parts = [label, words.join(', ')].filter((p) => p !== '');
  return parts.length === 0 ? witness : `${witness} (${parts.join(': ')})`;
}

/** "003 (opinion) says 250,000 GPUs" for each dissenting witness and value. */
function describeDissent(dissent: readonly Claim[], context: JudgeContext): string[] {
  return [...byWitness(dissent, context).entries()].map(([witness, claims]) => {
    const kind = context.sources.get(claims[0]!.source)?.kind;
    const who = kind && kind !== 'unknown' ? `${witness} (${kind})` : witness;
    const said = [...new Set(claims.map((c) => displayValue(c.value)))].join(' and ');
    return `${who} ${witness.includes('+') ? 'say' : 'says'} ${said}`;
  });
}

/** Why the consistent claims agree: a weekday the date fell on, or a bound the answer lies within. */
function explainConsistent(verdict: Verdict): string {
  const notes = new Map<string, Set<string>>();
  for (const c of verdict.consistent) {
    const v = c.value;
    const shown = displayValue(v);
    const why =
      v.type === 'date' && 'weekday' in v
        ? `say only ${shown}, and ${displayValue(verdict.answer)} was a ${shown}`
        : v.type === 'quantity' && (v.qualifier === 'more_than' || v.qualifier === 'at_least')
          ? `say “${shown}”, a lower bound that fits`
          : v.type === 'quantity' && v.qualifier === 'up_to'
            ? `say “${shown}”, an upper bound that fits`
            : `say “${shown}”, which fits`;
    const sources = notes.get(why);
    if (sources) sources.add(c.source);
    else notes.set(why, new Set([c.source]));
  }
  return [...notes.entries()]
    .map(([why, set]) => {
      const sources = [...set];
      const who = sources.length > MAX_LISTED_WITNESSES ? listSome(sources) : sources.join(' and ');
      return `${who} ${sources.length === 1 ? why.replace(/^say/, 'says') : why}`;
    })
    .join('; ');
}

/**
 * One plain sentence on a verdict, e.g. "260,000 GPUs — 3 independent sources: 000+001 (news, one
 * story: up to), 002 (government: more than), 004 (news: more than); 003 (opinion) says 250,000 GPUs;
 * 003 says “more than 250,000 GPUs”, a lower bound that fits."
 */
export function explainVerdict(verdict: Verdict, context: JudgeContext): string {
  const claimsOf = byWitness(verdict.support, context);
  const support = listSome(verdict.witnesses.map((w) => describeWitness(w, claimsOf.get(w) ?? [], context)));
  let text = `${displayVerdict(verdict)} — ${plural(verdict.witnesses.length, 'independent source')}: ${support}`;
  const dissent = describeDissent(verdict.dissent, context);
  if (dissent.length > MAX_LISTED_WITNESSES)
    text += `; ${dissent.slice(0, MAX_LISTED_WITNESSES).join('; ')}; and ${(dissent.length - MAX_LISTED_WITNESSES).toLocaleString('en-US')} more dissenting sources`;
  else if (dissent.length > 0) text += `; ${dissent.join('; ')}`;
  if (verdict.rivals.length > 0) text += '; no majority';
  if (verdict.consistent.length > 0) text += `; ${explainConsistent(verdict)}`;
  return `${text}.`;
}
