import type { Language, QuantityValue } from '@dealbrief/core';
import type { EntityMention } from '@dealbrief/normalize';
import type { DraftClaim } from './claim-factory.js';
import { hasMatch } from './compile-patterns.js';
import type { CompiledProfile, CompiledQuantityField } from './compile-profile.js';
import type { UnitEvidence } from './find-unit.js';
import { mentionsInClause } from './sentence-facts.js';
import type { SentenceView } from './sentence-view.js';

/** Words that hand the same figure to every recipient named ("each", "je", "각각"). */
const DISTRIBUTIVE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:each|apiece|per (?:company|firm|group))(?![\p{L}])/giu,
  de: /(?<![\p{L}])(?:je|jeweils|pro (?:Unternehmen|Konzern|Firma))(?![\p{L}])/giu,
  ko: /각각|씩|각 (?:기업|사|그룹)/gu,
};

/** Whether a mention of `id` is among `mentions`. */
function hasId(mentions: readonly EntityMention[], id: string): boolean {
  for (let i = 0; i < mentions.length; i++) if (mentions[i]!.id === id) return true;
  return false;
}

/**
 * Allocation claims for one figure: the recipients are the organisations of an allocation field's
 * `cueEntityFields` named in the figure's clause (`fields`: the allocation fields of the figure's unit
 * that have cue entities, `QuantityUnitFields.allocationFields`). Every one of them gets the figure when a
 * distributive word says so ("will each receive up to 50,000 GPUs", "je 50.000 Einheiten",
 * "각각 5만 개"); a single recipient gets it alone ("Naver Cloud gets 60,000"). Several recipients
 * without a distributive word share a figure, which is not an allocation per recipient.
 * The citation runs from the first recipient to the end of the figure's evidence.
 */
export function extractAllocations(
  sentence: SentenceView,
  clause: { start: number; end: number },
  evidence: { start: number; end: number },
  quantity: QuantityValue,
  how: UnitEvidence['how'],
  fields: readonly CompiledQuantityField[],
  compiled: CompiledProfile,
): DraftClaim[] {
  if (fields.length === 0) return [];
  const mentions = mentionsInClause(sentence, clause, compiled);
  // Read once for every field, and only when some field has a recipient.
  let distributive: boolean | undefined;
  const drafts: DraftClaim[] = [];
  // Indexed loops over arrays built here (see quantity-claims.ts for why not `filter`/`map`).
  const recipients: EntityMention[] = [];
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f]!;
    recipients.length = 0;
    for (let i = 0; i < mentions.length; i++) {
      const mention = mentions[i]!;
      if (field.cueEntities.has(mention.id) && !hasId(recipients, mention.id)) recipients.push(mention);
    }
    if (recipients.length === 0) continue;
    distributive ??= hasMatch(DISTRIBUTIVE[sentence.language], sentence.text.slice(clause.start, clause.end));
    if (recipients.length > 1 && !distributive) continue;
    for (let r = 0; r < recipients.length; r++) {
      // Mentions are relative to the clause.
      const recipient = recipients[r]!;
      const recipientStart = recipient.start + clause.start;
      const recipientEnd = recipient.end + clause.start;
      const entity = compiled.entities.get(recipient.id)!;
      drafts.push({
        field: field.spec.key,
        value: {
          type: 'allocation',
          recipient: { type: 'entity', id: entity.id, name: entity.name, kind: entity.kind },
          quantity,
        },
        sentence,
        start: Math.min(recipientStart, evidence.start),
        end: Math.max(recipientEnd, evidence.end),
        rule: `allocation/${distributive ? 'each' : 'single'}+${how}`,
        confidence: distributive || how === 'noun' ? 0.85 : 0.7,
      });
    }
  }
  return drafts;
}
