import {
  type Briefing,
  type BriefingIndex,
  CLAIM_COLUMNS,
  type Claim,
  CONFLICT_COLUMNS,
  type ConflictRow,
  collectFieldIds,
  type Field,
  listConflictClaims,
} from '@dealbrief/core';
import type { Row } from 'exceljs';
import { buildLinkFormula } from './link-formula.js';
import { SHEET_NAMES } from './sheet-names.js';

const LINK_FONT = { color: { argb: 'FF0563C1' }, underline: true } as const;

/** Longest link label written into a `HYPERLINK` formula (Excel caps a formula's text constants at 255). */
export const MAX_LINK_LABEL = 255;

function linkCell(row: Row, column: number, sheet: string, targetRow: number, label: string): void {
  const cell = row.getCell(column);
  cell.value = buildLinkFormula(sheet, targetRow, label);
  cell.font = LINK_FONT;
}

/** The Evidence row (1-based, after the header) of the first of `claimIds` the briefing holds, if any. */
export function findClaimRow(claimIds: readonly string[], index: BriefingIndex): number | undefined {
  for (const id of claimIds) {
    const found = index.claims.get(id);
    if (found !== undefined) return found.index + 2;
  }
  return undefined;
}

/** The Evidence row (1-based, after the header) of a field's first supporting claim, if any. */
export function findEvidenceRow(field: Field, index: BriefingIndex): number | undefined {
  return findClaimRow(collectFieldIds(field, 'support'), index);
}

/** Briefing rows: the field cell links to the field's first evidence row. */
export function decorateField(index: BriefingIndex) {
  return (row: Row, field: Field): void => {
    const target = findEvidenceRow(field, index);
    if (target !== undefined) linkCell(row, 1, SHEET_NAMES.evidence, target, field.field);
  };
}

/** Evidence rows: the source cell links to the source's row. */
export function decorateClaim(index: BriefingIndex) {
  const sourceColumn = CLAIM_COLUMNS.findIndex((column) => column.header === 'source') + 1;
  return (row: Row, claim: Claim): void => {
    const source = index.sources.get(claim.source);
    if (source !== undefined)
      linkCell(row, sourceColumn, SHEET_NAMES.sources, source.index + 2, claim.source);
  };
}

/**
 * Conflicts rows: the field cell links to the field's row in Briefing, and the claims cell (claim ids,
 * dissenting first) to the Evidence row of its first claim; a label too long for a formula is cut to
 * that first id.
 */
export function decorateConflict(briefing: Briefing, index: BriefingIndex) {
  const fieldRows = new Map<Field, number>(briefing.fields.map((field, i) => [field, i + 2]));
  const claimsColumn = CONFLICT_COLUMNS.findIndex((column) => column.header === 'claims') + 1;
  return (row: Row, conflict: ConflictRow): void => {
    const fieldRow = fieldRows.get(conflict.field);
    if (fieldRow !== undefined) linkCell(row, 1, SHEET_NAMES.briefing, fieldRow, conflict.field.field);
    const ids = listConflictClaims(conflict);
    const target = findClaimRow(ids, index);
    if (target === undefined || claimsColumn === 0) return;
    const label = ids.join(' ');
    linkCell(
      row,
      claimsColumn,
      SHEET_NAMES.evidence,
      target,
      label.length <= MAX_LINK_LABEL ? label : ids[0]!,
    );
  };
}
