import { displayValue } from '../display.js';
import type { WitnessGroup } from '../schemas/briefing.js';
import type { Field, FieldMember, FieldStatus } from '../schemas/field.js';
import type { BriefingIndex } from './briefing-index.js';
import { collectFieldIds, displayField, type FieldIdList } from './field-columns.js';
import { formatClaimReferences, formatValuedClaimReferences } from './format-reference.js';
import type { TableColumn } from './table-column.js';

/** One row of the conflicts table: a field, or one member of a list field, that needs a second look. */
export interface ConflictRow {
  field: Field;
  /** The list member the row is about; `undefined` when the row is about the field itself. */
  member: FieldMember | undefined;
}

/** Statuses the conflicts table lists, in the order it lists them. */
export const CONFLICT_STATUSES: readonly FieldStatus[] = ['disputed', 'single-source'];

function isConflict(status: FieldStatus): boolean {
  return CONFLICT_STATUSES.includes(status);
}

/**
 * Lists the rows of the conflicts table: every single-valued field whose status is disputed or
 * single-source, and every such member of a list field (a list field that is flagged itself but has no
 * flagged member gets one row of its own). Disputed rows come first, then single-source ones; within a
 * status, rows keep the briefing's field and member order.
 */
export function listConflictRows(fields: readonly Field[]): ConflictRow[] {
  const rows: ConflictRow[] = [];
  for (const field of fields) {
    const members = field.members.filter((member) => isConflict(member.status));
    for (const member of members) rows.push({ field, member });
    if (members.length === 0 && isConflict(field.status)) rows.push({ field, member: undefined });
  }
  return CONFLICT_STATUSES.flatMap((status) => rows.filter((row) => readStatus(row) === status));
}

function readStatus(row: ConflictRow): FieldStatus {
  return (row.member ?? row.field).status;
}

/** The row's ids of one kind: the member's own, or the field's with its members' (see `collectFieldIds`). */
export function readConflictIds(row: ConflictRow, list: FieldIdList): string[] {
  return row.member === undefined ? collectFieldIds(row.field, list) : [...row.member[list]];
}

/** The 1-based position of the row's member among its field's members; `undefined` for a field row. */
export function readMemberNumber(row: ConflictRow): number | undefined {
  return row.member === undefined ? undefined : row.field.members.indexOf(row.member) + 1;
}

/** The answer the row is about: the member's display, or the field's value text. */
export function displayConflict(row: ConflictRow): string {
  const { member } = row;
  if (member === undefined) return displayField(row.field);
  return member.display === '' ? displayValue(member.value) : member.display;
}

/**
 * The witnesses behind `sourceIds`, in order: a witness group (translations, copies) once, where all of
 * its sources are among `sourceIds`; every other source by its id. Linear in the number of ids.
 */
export function listWitnesses(
  sourceIds: readonly string[],
  index: Pick<BriefingIndex, 'groups'>,
): (string | WitnessGroup)[] {
  const seen = new Set<string>();
  const witnesses: (string | WitnessGroup)[] = [];
  const given = new Set(sourceIds);
  const whole = new Map<WitnessGroup, boolean>(); // whether all of a group's sources are given, decided once
  const isWhole = (g: WitnessGroup): boolean => {
    let known = whole.get(g);
    if (known === undefined) {
      known = g.sources.every((s) => given.has(s));
      whole.set(g, known);
    }
    return known;
  };
  for (const id of sourceIds) {
    const group = index.groups.get(id)?.find(isWhole);
    const key = group?.id ?? id;
    if (seen.has(key)) continue;
    seen.add(key);
    witnesses.push(group ?? id);
  }
  return witnesses;
}

/**
 * The witnesses behind `sourceIds` ({@link listWitnesses}): a group written as its id with a note
 * (`000+001 (one story)`), other sources by id; joined with `", "`.
 */
export function describeWitnesses(
  sourceIds: readonly string[],
  index: Pick<BriefingIndex, 'groups'>,
): string {
  return listWitnesses(sourceIds, index)
    .map((w) => (typeof w === 'string' ? w : `${w.id} (one story)`))
    .join(', ');
}

/**
 * One plain sentence on why the row is listed. Fields give their own rationale; members (which carry
 * none) get one built from their evidence, e.g. `Only 004 supports this member.`
 */
export function explainConflict(row: ConflictRow, index: BriefingIndex): string {
  const { member } = row;
  if (member === undefined) return row.field.rationale;
  const witnesses = describeWitnesses(member.sources, index) || 'no source';
  if (member.status === 'single-source') return `Only ${witnesses} supports this member.`;
  const dissent = new Set(member.dissent.map((id) => index.claims.get(id)?.record.source ?? id));
  const against = dissent.size > 0 ? [...dissent].join(', ') : 'another claim';
  return `Supported by ${witnesses}; contradicted by ${against}.`;
}

/** The claim ids behind a row, dissenting first, then consistent, then supporting, without repeats. */
export function listConflictClaims(row: ConflictRow): string[] {
  const lists: FieldIdList[] = ['dissent', 'consistent', 'support'];
  return [...new Set(lists.flatMap((list) => readConflictIds(row, list)))];
}

/**
 * Columns of the conflicts table (`conflicts.csv`, the Conflicts sheet): one row per disputed or
 * single-source field or list member. `member` is the member's 1-based position in its list field
 * (empty for a field row) and `answer` its display. `support` holds plain references; `dissent` and `consistent`
 * put each claim's value before its reference (`250,000 GPUs — 003 L5:51 “receive 250,000 GPUs”`);
 * `claims` lists the claim ids, dissenting first, to look up in the claim table.
 */
export const CONFLICT_COLUMNS: readonly TableColumn<ConflictRow>[] = [
  { header: 'field', kind: 'text', read: (r) => r.field.field },
  { header: 'label', kind: 'text', read: (r) => r.field.label },
  { header: 'member', kind: 'number', read: (r) => readMemberNumber(r) },
  { header: 'status', kind: 'text', read: (r) => readStatus(r) },
  { header: 'confidence', kind: 'number', read: (r) => (r.member ?? r.field).confidence },
  { header: 'answer', kind: 'text', read: (r) => displayConflict(r) },
  { header: 'sources', kind: 'text', read: (r) => readConflictIds(r, 'sources').join(' ') },
  {
    header: 'support',
    kind: 'text',
    read: (r, index) => formatClaimReferences(readConflictIds(r, 'support'), index),
  },
  {
    header: 'dissent',
    kind: 'text',
    read: (r, index) => formatValuedClaimReferences(readConflictIds(r, 'dissent'), index),
  },
  {
    header: 'consistent',
    kind: 'text',
    read: (r, index) => formatValuedClaimReferences(readConflictIds(r, 'consistent'), index),
  },
  { header: 'claims', kind: 'text', read: (r) => listConflictClaims(r).join(' ') },
  { header: 'rationale', kind: 'text', read: (r, index) => explainConflict(r, index) },
];
