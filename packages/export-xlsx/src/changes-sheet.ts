import type { Briefing, FieldChange } from '@dealbrief/core';
import { neutraliseFormula } from '@dealbrief/core';
import type { SheetColumn } from './sheet-columns.js';

/** A row of the Changes sheet: a field that changed, or a source that was added, edited or removed. */
export interface ChangeRow {
  what: string;
  label: string;
  change: string;
  before: string;
  after: string;
}

const text = (value: string) => (value === '' ? null : neutraliseFormula(value));

/** Columns of the Changes sheet. */
export const CHANGE_SHEET_COLUMNS: readonly SheetColumn<ChangeRow>[] = [
  { header: 'field', read: (r) => text(r.what) },
  { header: 'label', read: (r) => text(r.label) },
  { header: 'change', read: (r) => text(r.change) },
  { header: 'before', read: (r) => text(r.before) },
  { header: 'after', read: (r) => text(r.after) },
];

function fieldRow(c: FieldChange): ChangeRow {
  const status = c.statusBefore === c.statusAfter ? c.statusAfter : `${c.statusBefore} → ${c.statusAfter}`;
  return { what: c.field, label: c.label, change: `${c.kind} (${status})`, before: c.before, after: c.after };
}

/**
 * The rows of the "Changes" sheet: each changed field, then each added, edited or removed source
 * file, then the count of claims found and gone. Empty for a briefing without a previous run.
 */
export function listChangeRows(briefing: Briefing): ChangeRow[] {
  const { changes } = briefing;
  if (changes === undefined) return [];
  const sources = (kind: string, files: readonly string[]) =>
    files.map((file) => ({ what: 'source', label: file, change: kind, before: '', after: '' }));
  return [
    ...changes.fields.map(fieldRow),
    ...sources('added', changes.sources.added),
    ...sources('edited', changes.sources.changed),
    ...sources('removed', changes.sources.removed),
    {
      what: 'claims',
      label: `since ${changes.previous.runId ?? 'the previous run'} (as of ${changes.previous.asOf})`,
      change: `${changes.claims.added.length} new, ${changes.claims.removed.length} gone`,
      before: '',
      after: '',
    },
  ];
}
