import { createWriteStream } from 'node:fs';
import {
  type Briefing,
  type BriefingIndex,
  CLAIM_COLUMNS,
  type Claim,
  collectFieldIds,
  DealbriefError,
  ErrorCode,
  FIELD_COLUMNS,
  type Field,
  indexBriefing,
  SOURCE_COLUMNS,
} from '@dealbrief/core';
import type { Row } from 'exceljs';
import { addFilterDatabaseNames, type FilterRange } from './filter-names.js';
import { createWorkbookWriter } from './fix-zip-dates.js';
import { buildLinkFormula } from './link-formula.js';
import { writeSheet } from './write-sheet.js';

/** Sheet names, in workbook order. */
export const SHEET_NAMES = { briefing: 'Briefing', evidence: 'Evidence', sources: 'Sources' } as const;

const CREATOR = 'dealbrief';
const LINK_FONT = { color: { argb: 'FF0563C1' }, underline: true } as const;

function linkCell(row: Row, column: number, sheet: string, targetRow: number, label: string): void {
  const cell = row.getCell(column);
  cell.value = buildLinkFormula(sheet, targetRow, label);
  cell.font = LINK_FONT;
}

/** The Evidence row (1-based, after the header) of a field's first supporting claim, if any. */
export function findEvidenceRow(field: Field, index: BriefingIndex): number | undefined {
  for (const id of collectFieldIds(field, 'support')) {
    const found = index.claims.get(id);
    if (found !== undefined) return found.index + 2;
  }
  return undefined;
}

function decorateField(index: BriefingIndex) {
  return (row: Row, field: Field): void => {
    const target = findEvidenceRow(field, index);
    if (target !== undefined) linkCell(row, 1, SHEET_NAMES.evidence, target, field.field);
  };
}

function decorateClaim(index: BriefingIndex) {
  const sourceColumn = CLAIM_COLUMNS.findIndex((column) => column.header === 'source') + 1;
  return (row: Row, claim: Claim): void => {
    const source = index.sources.get(claim.source);
    if (source !== undefined)
      linkCell(row, sourceColumn, SHEET_NAMES.sources, source.index + 2, claim.source);
  };
}

/**
 * Writes the briefing to `file` as a workbook with three sheets: Briefing (one row per field, like
 * `briefing.csv`), Evidence (one row per claim, like `claims.csv`) and Sources (like `sources.csv`).
 * Header rows are bold and frozen, every sheet has an autofilter (with the `_xlnm._FilterDatabase`
 * name LibreOffice needs), numbers stay numbers, status cells are coloured, each field links to its
 * first evidence row and each claim's source to its Sources row (`HYPERLINK` formulas). Text from
 * sources is neutralised against formula injection. Document properties and zip entry dates come
 * from `asOf`, so the same briefing gives the same bytes. Rows are streamed (exceljs `WorkbookWriter`).
 * Throws a `DealbriefError` with code `OUTPUT_FAILED` when the file cannot be written.
 */
export async function writeXlsx(briefing: Briefing, file: string): Promise<void> {
  const stream = createWriteStream(file);
  let streamError: unknown;
  stream.on('error', (error) => {
    streamError ??= error;
  });
  try {
    const asOf = new Date(`${briefing.asOf}T00:00:00Z`);
    const workbook = createWorkbookWriter(stream, asOf);
    workbook.creator = CREATOR;
    workbook.lastModifiedBy = CREATOR;
    workbook.created = asOf;
    workbook.modified = asOf;
    workbook.title = briefing.title;
    workbook.subject = `${briefing.profile} as of ${briefing.asOf}`;
    const index = indexBriefing(briefing);
    const { briefing: fieldsSheet, evidence, sources } = SHEET_NAMES;
    const ranges = [
      await writeSheet(
        workbook,
        {
          name: fieldsSheet,
          columns: FIELD_COLUMNS,
          records: briefing.fields,
          decorate: decorateField(index),
        },
        index,
      ),
      await writeSheet(
        workbook,
        { name: evidence, columns: CLAIM_COLUMNS, records: briefing.claims, decorate: decorateClaim(index) },
        index,
      ),
      await writeSheet(
        workbook,
        { name: sources, columns: SOURCE_COLUMNS, records: briefing.sources },
        index,
      ),
    ];
    const filters: FilterRange[] = [fieldsSheet, evidence, sources].map((sheetName, sheetIndex) => ({
      sheetIndex,
      sheetName,
      range: ranges[sheetIndex]!,
    }));
    addFilterDatabaseNames(workbook, filters);
    await workbook.commit();
    if (streamError !== undefined) throw streamError;
  } catch (error) {
    stream.destroy();
    const message = error instanceof Error ? error.message : String(error);
    throw new DealbriefError(ErrorCode.OutputFailed, `could not write ${file}: ${message}`, {
      file,
      cause: error,
    });
  }
}
