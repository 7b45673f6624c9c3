import { createWriteStream } from 'node:fs';
import {
  type Briefing,
  DealbriefError,
  ErrorCode,
  indexLinkedClaims,
  listConflictRows,
  listQuoteRows,
} from '@dealbrief/core';
import { writeAboutSheet } from './about-sheet.js';
import { CHANGE_SHEET_COLUMNS, listChangeRows } from './changes-sheet.js';
import { decorateClaim, decorateConflict, decorateField, decorateQuote } from './decorate-rows.js';
import { collectLinkedClaims, orderEvidence } from './evidence-order.js';
import { addFilterDatabaseNames, type FilterRange } from './filter-names.js';
import { createWorkbookWriter } from './fix-zip-dates.js';
import { SHEET_NAMES } from './sheet-names.js';
import {
  BRIEFING_SHEET_COLUMNS,
  CONFLICT_SHEET_COLUMNS,
  EVIDENCE_SHEET_COLUMNS,
  QUOTE_SHEET_COLUMNS,
  SOURCE_SHEET_COLUMNS,
} from './sheet-specs.js';
import { type RowWriting, type SheetSpec, writeSheet } from './write-sheet.js';

const CREATOR = 'dealbrief';

/**
 * Writes the briefing to `file` as a workbook with six sheets: Briefing (one row per field, like
 * `briefing.csv`, plus numeric `amount` and date `date` columns and a note with each value's strongest
 * quote), Evidence (one row per claim, like `claims.csv` plus `amount` and `date`, grouped by field in
 * briefing order, then by claim id), Conflicts (like `conflicts.csv`), Quotes (one row per quote claim),
 * Sources (like `sources.csv`, `published` as a date), Changes (only when the briefing carries the
 * changes since a previous run) and About (inputs with their sha256, witness groups, and how to read
 * the workbook). Table headers are bold and frozen, every table has an
 * autofilter (with the `_xlnm._FilterDatabase` name LibreOffice needs), numbers stay numbers, status
 * cells are coloured. Links are `HYPERLINK` formulas: each field to its first evidence row, each claim's
 * source to its Sources row, each conflict's field to its Briefing row and its claim ids to the first
 * claim's Evidence row, each quote to its Evidence and Sources rows. Text from sources is neutralised
 * against formula injection. Document properties and zip entry dates come from `asOf`, so the same
 * briefing gives the same bytes. Rows are streamed (exceljs `WorkbookWriter`; table rows rendered as
 * the XML exceljs writes for them, see `writeSheet`), and the writer waits for the zip to keep up, so
 * memory does not grow with the number of claims beyond the briefing itself.
 * Throws a `DealbriefError` with code `OUTPUT_FAILED` when the file cannot be written.
 */
export async function writeXlsx(briefing: Briefing, file: string): Promise<void> {
  await writeWorkbook(briefing, file, 'xml');
}

/**
 * {@link writeXlsx}, choosing how table rows are written: `xml` (what `writeXlsx` does) or `exceljs`
 * (every row as an exceljs row object; slower, the same bytes). For tests.
 */
export async function writeWorkbook(briefing: Briefing, file: string, rows: RowWriting): Promise<void> {
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
    // Only the claims other sheets link to or cite need a lookup entry (not one per Evidence row).
    const linked = collectLinkedClaims(briefing);
    const index = indexLinkedClaims(briefing, linked);
    const order = orderEvidence(briefing, linked);
    const filters: FilterRange[] = [];
    let sheetIndex = 0;
    const addSheet = async <T>(spec: SheetSpec<T>): Promise<void> => {
      const range = await writeSheet(workbook, spec, index, rows);
      filters.push({ sheetIndex, sheetName: spec.name, range });
      sheetIndex += 1;
    };
    await addSheet({
      name: SHEET_NAMES.briefing,
      columns: BRIEFING_SHEET_COLUMNS,
      records: briefing.fields,
      decorate: decorateField(BRIEFING_SHEET_COLUMNS, order, index),
      notes: true,
    });
    await addSheet({
      name: SHEET_NAMES.evidence,
      columns: EVIDENCE_SHEET_COLUMNS,
      records: order.claims,
      decorate: decorateClaim(EVIDENCE_SHEET_COLUMNS, index),
    });
    await addSheet({
      name: SHEET_NAMES.conflicts,
      columns: CONFLICT_SHEET_COLUMNS,
      records: listConflictRows(briefing.fields),
      decorate: decorateConflict(briefing, CONFLICT_SHEET_COLUMNS, order),
    });
    await addSheet({
      name: SHEET_NAMES.quotes,
      columns: QUOTE_SHEET_COLUMNS,
      records: listQuoteRows({ claims: order.claims, fields: briefing.fields }),
      decorate: decorateQuote(QUOTE_SHEET_COLUMNS, order, index),
    });
    await addSheet({ name: SHEET_NAMES.sources, columns: SOURCE_SHEET_COLUMNS, records: briefing.sources });
    if (briefing.changes !== undefined) {
      await addSheet({
        name: SHEET_NAMES.changes,
        columns: CHANGE_SHEET_COLUMNS,
        records: listChangeRows(briefing),
      });
    }
    writeAboutSheet(workbook, briefing);
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
