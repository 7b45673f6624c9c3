import {
  type BriefingIndex,
  type Claim,
  collectFieldIds,
  displayValue,
  type Field,
  type FieldMember,
  formatClaimReference,
} from '@dealbrief/core';

/** Longest note text written (Excel keeps at most 32,767 characters in a comment). */
export const MAX_NOTE_LENGTH = 32_767;

function compareStrength(a: Claim, b: Claim, index: BriefingIndex): number {
  const weight = (claim: Claim): number => index.sources.get(claim.source)?.record.weight ?? 0;
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  if (weight(a) !== weight(b)) return weight(b) - weight(a);
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/**
 * The strongest of the claims `claimIds` names that the briefing holds: the highest claim confidence,
 * then the highest prior weight of its source (none counts as 0), then the smallest id.
 */
export function selectStrongestClaim(claimIds: readonly string[], index: BriefingIndex): Claim | undefined {
  let best: Claim | undefined;
  for (const id of claimIds) {
    const claim = index.claims.get(id)?.record;
    if (claim !== undefined && (best === undefined || compareStrength(claim, best, index) < 0)) best = claim;
  }
  return best;
}

function referStrongest(claimIds: readonly string[], index: BriefingIndex): string | undefined {
  const claim = selectStrongestClaim(claimIds, index);
  return claim === undefined ? undefined : formatClaimReference(claim.id, index);
}

/** How a member is named in a note: a quote by its speaker (the reference repeats its words). */
function labelMember(member: FieldMember): string {
  if (member.value.type === 'quote') return member.value.speaker.name;
  return member.display === '' ? displayValue(member.value) : member.display;
}

/**
 * The note on a field's value cell: its strongest supporting quote, e.g.
 * `002 L19:51 “over 260,000 of Nvidia's latest GPUs”`. A list field gets one line per member,
 * `Samsung Electronics — 000 L1:1 “Samsung Electronics”` (a quote named by its speaker), for members
 * with support. `undefined` when nothing supports the field. Cut to {@link MAX_NOTE_LENGTH}.
 */
export function describeStrongestQuote(field: Field, index: BriefingIndex): string | undefined {
  const lines = field.members.flatMap((member) => {
    const reference = referStrongest(member.support, index);
    if (reference === undefined) return [];
    return [`${labelMember(member)} — ${reference}`];
  });
  const text = lines.length > 0 ? lines.join('\n') : referStrongest(collectFieldIds(field, 'support'), index);
  if (text === undefined) return undefined;
  if (text.length <= MAX_NOTE_LENGTH) return text;
  return `${Array.from(text.slice(0, MAX_NOTE_LENGTH - 2))
    .slice(0, -1)
    .join('')}…`;
}
