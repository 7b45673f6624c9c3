import type { DraftClaim } from './claim-factory.js';
import type { CompiledProfile } from './compile-profile.js';
import { findRole, type RoleSpan } from './person-role.js';
import { mentionsIn, titledPeopleIn } from './sentence-facts.js';
import type { SentenceView } from './sentence-view.js';
import { makeUnknownId } from './unknown-names.js';

/**
 * Claims for people fields: every gazetteer person eligible for the field, with the title the text
 * gives next to the name. The citation covers title and name ("SK Group Chairman Chey Tae-won",
 * "최태원 SK회장"). The value's role is the gazetteer's canonical English role when it has one. People the
 * gazetteer lacks count when the text names them with a title, with a new id.
 */
export function extractPersonClaims(sentence: SentenceView, compiled: CompiledProfile): DraftClaim[] {
  const drafts: DraftClaim[] = [];
  if (compiled.peopleFields.length === 0) return drafts;
  let floor = 0;
  const mentions = mentionsIn(sentence, compiled);
  for (const person of titledPeopleIn(sentence, compiled)) {
    const role = findRole(sentence.text, person, 0, sentence.language);
    for (const field of compiled.peopleFields) {
      drafts.push({
        field: field.key,
        value: {
          type: 'entity',
          id: makeUnknownId('person', person.name),
          name: person.name,
          kind: 'person',
          ...(role ? { role: sentence.raw.slice(role.start, role.end) } : {}),
        },
        sentence,
        start: role ? Math.min(role.start, person.start) : person.start,
        end: role ? Math.max(role.end, person.end) : person.end,
        rule: 'person/new-with-title',
        confidence: 0.6,
      });
    }
  }
  for (const mention of mentions) {
    const entity = compiled.entities.get(mention.id);
    if (entity?.kind !== 'person') continue;
    const previousEnd = floor;
    floor = mention.end;
    // The same title for every field: read it once, for the first field the person is eligible for.
    let role: RoleSpan | null | undefined;
    for (const field of compiled.peopleFields) {
      if (!entity.fields.includes(field.key)) continue;
      if (role === undefined) role = findRole(sentence.text, mention, previousEnd, sentence.language);
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
