import { type Briefing, type FieldStatus, neutraliseFormula } from '@dealbrief/core';
import type { CellValue, Row, Workbook, Worksheet } from 'exceljs';
import { SHEET_MEANINGS, STATUS_MEANINGS, TERM_MEANINGS } from './about-text.js';
import { SHEET_NAMES } from './sheet-names.js';
import { type CellStyle, ROW_STYLE, SheetStyles } from './sheet-styles.js';
import { DATE_FORMAT, parseDateCell } from './value-cells.js';
import { HEADER_FILL } from './write-sheet.js';

const WIDTHS = [20, 34, 68, 12];
const LAST = 4;
const TOP = { vertical: 'top', wrapText: true } as const;
const BOLD = { bold: true } as const;

// Shared cell styles (see SheetStyles): exceljs looks a shared style object up once per sheet. Every
// column is top-aligned and wrapped; status cells take their colours from the shared SheetStyles.
const STYLES = new SheetStyles(WIDTHS.map((width) => ({ width, wrap: true })));
const TEXT_STYLE: CellStyle = STYLES.column(1);
const BOLD_STYLE: CellStyle = Object.freeze({ alignment: TOP, font: BOLD });
const HEADER_STYLE: CellStyle = Object.freeze({ alignment: TOP, font: BOLD, fill: HEADER_FILL });
const TITLE_STYLE: CellStyle = Object.freeze({ alignment: TOP, font: { bold: true, size: 14 } });
const DATE_STYLE: CellStyle = Object.freeze({
  alignment: { vertical: 'top', horizontal: 'left' } as const,
  numFmt: DATE_FORMAT,
});

function text(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : neutraliseFormula(value);
}

interface RowOptions {
  /** The last column the second cell spans (merged from column 2), e.g. 4. */
  span?: number;
  /** A table header: every cell bold on the header fill. */
  header?: boolean;
}

/** Adds About rows one after another, tracking row numbers for merges. */
class AboutRows {
  private count = 0;
  constructor(private readonly sheet: Worksheet) {}

  /** Adds a row: column A bold, every cell top-aligned and wrapped (a header row also on the header fill). */
  add(values: readonly CellValue[], options: RowOptions = {}): Row {
    const row = this.sheet.addRow([...values]);
    (row as unknown as { style: CellStyle }).style = ROW_STYLE;
    this.count += 1;
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (cell.value === null) cell.style = ROW_STYLE;
      else if (options.header === true) cell.style = HEADER_STYLE;
      else cell.style = column === 1 ? BOLD_STYLE : TEXT_STYLE;
    });
    if (options.span !== undefined) this.sheet.mergeCells(this.count, 2, this.count, options.span);
    return row;
  }

  /** Adds a table header: bold on the header fill. */
  header(values: readonly string[]): void {
    this.add(values, { header: true });
  }

  gap(): void {
    (this.sheet.addRow([]) as unknown as { style: CellStyle }).style = ROW_STYLE;
    this.count += 1;
  }
}

function countStatus(briefing: Briefing, status: FieldStatus): number {
  return briefing.fields.filter((field) => field.status === status).length;
}

/**
 * Writes the About sheet: title, profile, as-of date (a date cell), counts of sources (ok, rejected),
 * claims and fields; each input file with its sha256 and status; the witness groups; and "How to read
 * this workbook" (the statuses with how many fields have each, confidence, witnesses, citations, links,
 * notes and what each sheet holds). Everything comes from the briefing, nothing from the clock.
 */
export function writeAboutSheet(workbook: Workbook, briefing: Briefing): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.about);
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const about = new AboutRows(sheet);
  const ok = briefing.sources.filter((source) => source.status === 'ok').length;
  const asOf = parseDateCell(briefing.asOf);

  const title = about.add([text(briefing.title) ?? 'dealbrief briefing']);
  title.getCell(1).style = TITLE_STYLE;
  about.gap();
  about.add(['title', text(briefing.title)], { span: LAST });
  about.add(['profile', text(briefing.profile)], { span: LAST });
  const asOfRow = about.add(['as of', asOf?.date ?? briefing.asOf]);
  asOfRow.getCell(2).style = DATE_STYLE;
  about.add(['made by', 'dealbrief, from briefing.json (schema version 1)'], { span: LAST });
  about.add(['sources', briefing.sources.length]);
  about.add(['sources ok', ok]);
  about.add(['sources rejected', briefing.sources.length - ok]);
  about.add(['claims', briefing.claims.length]);
  about.add(['fields', briefing.fields.length]);
  about.gap();

  about.add(['Inputs']);
  about.header(['source', 'file', 'sha256', 'status']);
  for (const source of briefing.sources) {
    const row = about.add([text(source.id), text(source.file), text(source.sha256), source.status]);
    row.getCell(4).style = STYLES.status(4, source.status);
  }
  about.gap();

  about.add(['Witness groups']);
  about.header(['group', 'sources', 'note', 'relation']);
  if (briefing.groups.length === 0) about.add(['none', 'every source tells its own story'], { span: LAST });
  for (const group of briefing.groups) {
    about.add([text(group.id), text(group.sources.join(' ')), text(group.note), group.relation]);
  }
  about.gap();

  about.add(['How to read this workbook']);
  about.header(['status', 'meaning', '', 'fields']);
  for (const [status, meaning] of STATUS_MEANINGS) {
    const row = about.add([status, meaning, null, countStatus(briefing, status)], { span: 3 });
    row.getCell(1).style = STYLES.status(1, status);
  }
  about.gap();
  about.header(['term', 'meaning']);
  for (const [term, meaning] of TERM_MEANINGS) about.add([term, meaning], { span: LAST });
  about.gap();
  about.header(['sheet', 'holds']);
  for (const [name, holds] of SHEET_MEANINGS) about.add([name, holds], { span: LAST });
  sheet.commit();
}
