import type { Briefing, EntityValue, Field, FieldMember } from '@dealbrief/core';
import { type CitationNumbers, formatMarkers } from './number-citations.js';
import { addGap, type Doc, ensureSpace, STYLE, writeHanging, writeText } from './text-blocks.js';

/** The heading of the section, exactly as it appears in the PDF. */
export const PARTIES_HEADING = 'People and organisations';

/** An entity with the fields (and their statuses) that name it, and the claims behind each. */
interface Party {
  entity: EntityValue;
  roles: { label: string; status: string; support: string[] }[];
}

const ORGANISATION_KINDS: ReadonlySet<EntityValue['kind']> = new Set(['org', 'gov']);

/** Entity values of a field: its single value, or its members. */
function listEntities(field: Field): { entity: EntityValue; item: Field | FieldMember }[] {
  const items: (Field | FieldMember)[] = field.members.length > 0 ? field.members : [field];
  return items.flatMap((item) =>
    item.value?.type === 'entity' && item.status !== 'not-found' ? [{ entity: item.value, item }] : [],
  );
}

/** People and organisations named by any field, each once, with every field that names it. */
export function collectParties(briefing: Briefing): { people: Party[]; organisations: Party[] } {
  const parties = new Map<string, Party>();
  for (const field of briefing.fields) {
    for (const { entity, item } of listEntities(field)) {
      if (entity.kind !== 'person' && !ORGANISATION_KINDS.has(entity.kind)) continue;
      const party = parties.get(entity.id) ?? { entity, roles: [] };
      if (party.entity.role === undefined && entity.role !== undefined) party.entity = entity;
      party.roles.push({ label: field.label || field.field, status: item.status, support: item.support });
      parties.set(entity.id, party);
    }
  }
  const all = [...parties.values()];
  return {
    people: all.filter((party) => party.entity.kind === 'person'),
    organisations: all.filter((party) => party.entity.kind !== 'person'),
  };
}

/** "Chey Tae-won — SK Group Chairman · People, agreed [16] [17]". */
function describeParty(party: Party, citations: CitationNumbers, person: boolean): string {
  const roles = party.roles
    .map((role) => {
      const markers = formatMarkers(role.support, citations);
      return `${role.label} (${role.status})${markers === '' ? '' : ` ${markers}`}`;
    })
    .join('; ');
  const title = person ? ` — ${party.entity.role ?? 'role not stated'}` : '';
  return `${party.entity.name}${title} · ${roles}`;
}

/**
 * Writes the "People and organisations" section: each person with the role the sources give, each
 * organisation (companies, government bodies) with the fields that name it (partner, vendor,
 * participant…), with status and citation markers.
 */
export function renderParties(doc: Doc, briefing: Briefing, citations: CitationNumbers): void {
  const { people, organisations } = collectParties(briefing);
  ensureSpace(doc, 120);
  writeText(doc, PARTIES_HEADING, STYLE.heading);
  addGap(doc, 0.4);
  writeText(doc, `People (${people.length})`, STYLE.subheading);
  if (people.length === 0) writeText(doc, 'No person is named.', STYLE.body);
  for (const party of people) writeHanging(doc, '•', describeParty(party, citations, true), STYLE.body);
  addGap(doc, 0.5);
  ensureSpace(doc, 60);
  writeText(doc, `Organisations (${organisations.length})`, STYLE.subheading);
  if (organisations.length === 0) writeText(doc, 'No organisation is named.', STYLE.body);
  for (const party of organisations)
    writeHanging(doc, '•', describeParty(party, citations, false), STYLE.body);
  addGap(doc, 1);
}
