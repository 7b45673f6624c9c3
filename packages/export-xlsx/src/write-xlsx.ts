import { createWriteStream } from 'node:fs';
import {
  type Briefing,
  CLAIM_COLUMNS,
  CONFLICT_COLUMNS,
  DealbriefError,
  ErrorCode,
  FIELD_COLUMNS,
  indexBriefing,
  listConflictRows,
  SOURCE_COLUMNS,
} from '@dealbrief/core';
import { decorateClaim, decorateConflict, decorateField } from './decorate-rows.js';
import { addFilterDatabaseNames, type FilterRange } from './filter-names.js';
import { createWorkbookWriter } from './fix-zip-dates.js';
import { SHEET_NAMES } from './sheet-names.js';
import { type SheetSpec, writeSheet } from './write-sheet.js';

const CREATOR = 'dealbrief';

/**
 * Writes the briefing to `file` as a workbook with four sheets: Briefing (one row per field, like
 * `briefing.csv`), Conflicts (one row per disputed or single-source field or list member, like
 * `conflicts.csv`), Evidence (one row per claim, like `claims.csv`) and Sources (like `sources.csv`,
 * with each source's witness group in `same_story_as`). Header rows are bold and frozen, every sheet
 * has an autofilter (with the `_xlnm._FilterDatabase` name LibreOffice needs), numbers stay numbers,
 * status cells are coloured. Links are `HYPERLINK` formulas: each field to its first evidence row, each
 * claim's source to its Sources row, each conflict's field to its Briefing row and its claim ids to the
 * first claim's Evidence row. Text from sources is neutralised against formula injection. Document
 * properties and zip entry dates come from `asOf`, so the same briefing gives the same bytes. Rows are
 * streamed (exceljs `WorkbookWriter`).
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
    const { briefing: fieldsSheet, conflicts, evidence, sources } = SHEET_NAMES;
    const filters: FilterRange[] = [];
    const addSheet = async <T>(spec: SheetSpec<T>): Promise<void> => {
      const range = await writeSheet(workbook, spec, index);
      filters.push({ sheetIndex: filters.length, sheetName: spec.name, range });
    };
    await addSheet({
      name: fieldsSheet,
      columns: FIELD_COLUMNS,
      records: briefing.fields,
      decorate: decorateField(index),
    });
    await addSheet({
      name: conflicts,
      columns: CONFLICT_COLUMNS,
      records: listConflictRows(briefing.fields),
      decorate: decorateConflict(briefing, index),
    });
    await addSheet({
      name: evidence,
      columns: CLAIM_COLUMNS,
      records: briefing.claims,
      decorate: decorateClaim(index),
    });
    await addSheet({ name: sources, columns: SOURCE_COLUMNS, records: briefing.sources });
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
