import {
  type Briefing,
  type BriefingIndex,
  type Claim,
  type ConflictRow,
  collectFieldIds,
  type Field,
  listConflictClaims,
  type QuoteRow,
} from '@dealbrief/core';
import type { CellFormulaValue } from 'exceljs';
import type { EvidenceOrder } from './evidence-order.js';
import { buildLinkFormula } from './link-formula.js';
import { findColumnNumber, type SheetColumn } from './sheet-columns.js';
import { SHEET_NAMES } from './sheet-names.js';
import { describeStrongestQuote } from './strongest-claim.js';
import type { RowCells } from './write-sheet.js';

/** Longest link label written into a `HYPERLINK` formula (Excel caps a formula's text constants at 255). */
export const MAX_LINK_LABEL = 255;

function linkCell(row: RowCells, column: number, link: CellFormulaValue | undefined): void {
  if (column === 0 || link === undefined) return;
  row.link(column, link);
}

/**
 * The link to each source's row in Sources, built once per source and shared by every row that links
 * there (a formula value is only read when the row is written).
 */
function sourceLinks(index: BriefingIndex): (sourceId: string) => CellFormulaValue | undefined {
  const links = new Map<string, CellFormulaValue | undefined>();
  return (sourceId) => {
    if (links.has(sourceId)) return links.get(sourceId);
    const source = index.sources.get(sourceId);
    const link =
      source === undefined ? undefined : buildLinkFormula(SHEET_NAMES.sources, source.index + 2, sourceId);
    links.set(sourceId, link);
    return link;
  };
}

/** The Evidence row of the first of `claimIds` the sheet holds, if any. */
export function findClaimRow(claimIds: readonly string[], order: EvidenceOrder): number | undefined {
  for (const id of claimIds) {
    const row = order.rows.get(id);
    if (row !== undefined) return row;
  }
  return undefined;
}

/**
 * The Evidence row a field links to: the topmost row of its supporting claims (its first evidence row;
 * the rows of one field are contiguous, so this lands in the field's block), else the first row of the
 * field's block (a field with only dissenting claims), else none.
 */
export function findEvidenceRow(field: Field, order: EvidenceOrder): number | undefined {
  const rows = collectFieldIds(field, 'support').flatMap((id) => order.rows.get(id) ?? []);
  return rows.length > 0 ? Math.min(...rows) : order.blocks.get(field.field);
}

/**
 * Briefing rows: the field cell links to the field's first evidence row, and the value cell gets a note
 * with the strongest supporting quote (one line per member for list fields).
 */
export function decorateField(
  columns: readonly SheetColumn<Field>[],
  order: EvidenceOrder,
  index: BriefingIndex,
) {
  const fieldColumn = findColumnNumber(columns, 'field');
  const valueColumn = findColumnNumber(columns, 'value');
  return (row: RowCells, field: Field): void => {
    const target = findEvidenceRow(field, order);
    if (target !== undefined)
      linkCell(row, fieldColumn, buildLinkFormula(SHEET_NAMES.evidence, target, field.field));
    const note = describeStrongestQuote(field, index);
    if (note !== undefined && valueColumn > 0) row.note(valueColumn, note);
  };
}

/** Evidence rows: the source cell links to the source's row. */
export function decorateClaim(columns: readonly SheetColumn<Claim>[], index: BriefingIndex) {
  const sourceColumn = findColumnNumber(columns, 'source');
  const linkSource = sourceLinks(index);
  return (row: RowCells, claim: Claim): void => {
    linkCell(row, sourceColumn, linkSource(claim.source));
  };
}

/** Quotes rows: the claim cell links to the claim's Evidence row, the source cell to the source's row. */
export function decorateQuote(
  columns: readonly SheetColumn<QuoteRow>[],
  order: EvidenceOrder,
  index: BriefingIndex,
) {
  const claimColumn = findColumnNumber(columns, 'claim');
  const sourceColumn = findColumnNumber(columns, 'source');
  const linkSource = sourceLinks(index);
  return (row: RowCells, quote: QuoteRow): void => {
    const { id, source } = quote.claim;
    const target = order.rows.get(id);
    if (target !== undefined) linkCell(row, claimColumn, buildLinkFormula(SHEET_NAMES.evidence, target, id));
    linkCell(row, sourceColumn, linkSource(source));
  };
}

/**
 * Conflicts rows: the field cell links to the field's row in Briefing, and the claims cell (claim ids,
 * dissenting first) to the Evidence row of its first claim; a label too long for a formula is cut to
 * that first id.
 */
export function decorateConflict(
  briefing: Briefing,
  columns: readonly SheetColumn<ConflictRow>[],
  order: EvidenceOrder,
) {
  const fieldRows = new Map<Field, number>(briefing.fields.map((field, i) => [field, i + 2]));
  const fieldColumn = findColumnNumber(columns, 'field');
  const claimsColumn = findColumnNumber(columns, 'claims');
  return (row: RowCells, conflict: ConflictRow): void => {
    const fieldRow = fieldRows.get(conflict.field);
    if (fieldRow !== undefined)
      linkCell(row, fieldColumn, buildLinkFormula(SHEET_NAMES.briefing, fieldRow, conflict.field.field));
    const ids = listConflictClaims(conflict);
    const target = findClaimRow(ids, order);
    if (target === undefined) return;
    const label = ids.join(' ');
    const shown = label.length <= MAX_LINK_LABEL ? label : ids[0]!;
    linkCell(row, claimsColumn, buildLinkFormula(SHEET_NAMES.evidence, target, shown));
  };
}
