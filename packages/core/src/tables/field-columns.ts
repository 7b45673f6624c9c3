import { displayValue, plainValue } from '../display.js';
import type { Field } from '../schemas/field.js';
import { formatClaimReferences } from './format-reference.js';
import type { TableColumn } from './table-column.js';

/** The id lists a field and its members carry: supporting, dissenting and consistent claims, sources. */
export type FieldIdList = 'support' | 'dissent' | 'consistent' | 'sources';

/**
 * Ids of a field's `support`, `dissent`, `consistent` or `sources`, followed by those of its members that the field
 * itself does not list (list fields may keep them only on members), without repeats, in order.
 */
export function collectFieldIds(field: Field, list: FieldIdList): string[] {
  const ids = new Set(field[list]);
  for (const member of field.members) for (const id of member[list]) ids.add(id);
  return [...ids];
}

/** The display text of a field: members' displays joined with `"; "` for list fields. */
export function displayField(field: Field): string {
  if (field.cardinality === 'many' && field.members.length > 0) {
    return field.members.map((member) => member.display).join('; ');
  }
  if (field.display === '' && field.value !== null) return displayValue(field.value);
  return field.display;
}

/**
 * The plain value of a field: the answer's amount (a number) or words; for list fields the members'
 * plain values joined with `"; "`; nothing when not found.
 */
export function plainField(field: Field): string | number | undefined {
  if (field.cardinality === 'many') {
    return field.members.length === 0 ? undefined : field.members.map((m) => plainValue(m.value)).join('; ');
  }
  return field.value === null ? undefined : plainValue(field.value);
}

/** Columns of the field table (`briefing.csv`, the Briefing sheet): one row per field. */
export const FIELD_COLUMNS: readonly TableColumn<Field>[] = [
  { header: 'field', kind: 'text', read: (f) => f.field },
  { header: 'label', kind: 'text', read: (f) => f.label },
  { header: 'value', kind: 'number', read: (f) => plainField(f) },
  { header: 'display', kind: 'text', read: (f) => displayField(f) },
  { header: 'status', kind: 'text', read: (f) => f.status },
  { header: 'confidence', kind: 'number', read: (f) => f.confidence },
  { header: 'sources', kind: 'text', read: (f) => collectFieldIds(f, 'sources').join(' ') },
  {
    header: 'citations',
    kind: 'text',
    read: (f, index) => formatClaimReferences(collectFieldIds(f, 'support'), index),
  },
  {
    header: 'dissent',
    kind: 'text',
    read: (f, index) => formatClaimReferences(collectFieldIds(f, 'dissent'), index),
  },
  {
    header: 'consistent',
    kind: 'text',
    read: (f, index) => formatClaimReferences(collectFieldIds(f, 'consistent'), index),
  },
  { header: 'rationale', kind: 'text', read: (f) => f.rationale },
];
