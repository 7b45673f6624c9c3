import type { DraftClaim } from './claim-factory.js';
import { findAll, firstMatch } from './compile-patterns.js';
import type { CompiledProfile } from './compile-profile.js';
import { mentionsIn } from './sentence-facts.js';
import type { SentenceView } from './sentence-view.js';

/** How far after an entity its cue may stand ("Nvidia founder and CEO Jensen Huang … said that his company will prioritize the supply"). */
const CUE_REACH = 120;
/** A unit noun may follow the entity after at most this gap ("NVIDIA GPUs", "Nvidia's latest GPUs"). */
const UNIT_GAP = /^(?:'s)?(?:\s+[\p{L}-]+){0,2}?\s*-?$/u;

/**
 * Claims for single-entity fields (vendor, city, venue, event, ministry): gazetteer entities allowed in
 * the field. A field with cues needs evidence after the name, in the same sentence: a cue word (the
 * name is the subject: "Nvidia will supply", "Nvidia kündigte … an", "엔비디아는 … 공급") or a noun of
 * the field's unit right after it ("NVIDIA GPUs"); the citation runs from the name to that evidence.
 * A field without cues takes every mention. One claim per entity and language is kept later.
 */
export function extractEntityClaims(sentence: SentenceView, compiled: CompiledProfile): DraftClaim[] {
  const fields = compiled.byExtractor.get('entity') ?? [];
  if (fields.length === 0) return [];
  const drafts: DraftClaim[] = [];
  const mentions = mentionsIn(sentence, compiled);
  for (const field of fields) {
    const unit = field.spec.unit === undefined ? undefined : compiled.units.get(field.spec.unit);
    const needsEvidence = field.hasCues || unit !== undefined;
    for (const mention of mentions) {
      if (!field.allowedEntities.has(mention.id)) continue;
      // compileField takes the allowed ids from `compiled.entities`, so an allowed id has its entity.
      const entity = compiled.entities.get(mention.id)!;
      let end = mention.end;
      let rule = 'entity/name';
      if (needsEvidence) {
        const after = sentence.text.slice(mention.end, mention.end + CUE_REACH);
        const cue = firstMatch(field.cues[sentence.language], after);
        const noun = findAll(unit?.nouns[sentence.language] ?? null, after.slice(0, 40)).find((n) =>
          UNIT_GAP.test(after.slice(0, n.start)),
        );
        // The earlier of the two; the cue on a tie.
        const evidence = noun !== undefined && (cue === undefined || noun.start < cue.start) ? noun : cue;
        if (evidence === undefined) continue;
        end = mention.end + evidence.end;
        rule = evidence === noun ? 'entity/unit-noun' : 'entity/cue';
      }
      drafts.push({
        field: field.spec.key,
        value: { type: 'entity', id: entity.id, name: entity.name, kind: entity.kind },
        sentence,
        start: mention.start,
        end,
        rule,
        confidence: needsEvidence ? 0.9 : 0.85,
      });
    }
  }
  return drafts;
}
