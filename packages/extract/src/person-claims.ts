import type { DraftClaim } from './claim-factory.js';
import type { CompiledProfile } from './compile-profile.js';
import { findRole } from './person-role.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Claims for people fields: every gazetteer person eligible for the field, with the title the text
 * gives next to the name. The citation covers title and name ("SK Group Chairman Chey Tae-won",
 * "최태원 SK회장"). The value's role is the gazetteer's canonical English role when it has one.
 */
export function extractPersonClaims(sentence: SentenceView, compiled: CompiledProfile): DraftClaim[] {
  const drafts: DraftClaim[] = [];
  let floor = 0;
  for (const mention of compiled.matcher.find(sentence.text)) {
    const entity = compiled.entities.get(mention.id);
    if (entity?.kind !== 'person') continue;
    const previousEnd = floor;
    floor = mention.end;
    for (const field of compiled.peopleFields) {
      if (!entity.fields.includes(field.key)) continue;
      const role = findRole(sentence.text, mention, previousEnd, sentence.language, compiled.matcher);
      const roleText = role ? sentence.raw.slice(role.start, role.end) : undefined;
      const canonicalRole = entity.role ?? roleText;
      drafts.push({
        field: field.key,
        value: {
          type: 'entity',
          id: entity.id,
          name: entity.name,
          kind: 'person',
          ...(canonicalRole ? { role: canonicalRole } : {}),
        },
        sentence,
        start: role ? Math.min(role.start, mention.start) : mention.start,
        end: role ? Math.max(role.end, mention.end) : mention.end,
        rule: role ? `person/title-${sentence.language === 'ko' ? 'after' : 'before'}` : 'person/name',
        confidence: role ? 0.9 : 0.7,
      });
    }
  }
  return drafts;
}
