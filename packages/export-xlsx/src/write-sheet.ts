import type { BriefingIndex } from '@dealbrief/core';
import type { CellFormulaValue, CellValue, Workbook, Worksheet } from 'exceljs';
import { selectColumnLayout } from './column-layout.js';
import { formatColumnLetters } from './link-formula.js';
import { estimateRowHeight } from './row-height.js';
import { NO_CELL, renderRowXml, typeOfStyle } from './row-xml.js';
import type { SheetColumn } from './sheet-columns.js';
import { type CellStyle, ROW_STYLE, SheetStyles } from './sheet-styles.js';
import { waitForZip } from './zip-backlog.js';

/** The cells of a row before it is written, for a {@link DecorateRow} to add links and notes to. */
export interface RowCells {
  /** Makes the cell in `column` (1-based) a link: the `HYPERLINK` formula value, in the link style. */
  link(column: number, link: CellFormulaValue): void;
  /** Puts a note (a classic comment) on the cell in `column`; only on a sheet whose spec has `notes`. */
  note(column: number, text: string): void;
}

/** Adds links and notes to a row's cells before it is written. */
export type DecorateRow<T> = (row: RowCells, record: T, rowNumber: number) => void;

/** Rows written between pauses that let the zip stream compress what the sheet has produced. */
export const YIELD_ROWS = 100;

/** What {@link writeSheet} writes: a named table of records with its columns. */
export interface SheetSpec<T> {
  name: string;
  columns: readonly SheetColumn<T>[];
  records: readonly T[];
  decorate?: DecorateRow<T>;
  /** The decorator puts notes on cells (the sheet's rows then go through exceljs's row objects). */
  notes?: boolean;
}

/** How {@link writeSheet} writes rows: `xml` renders them itself where it can, `exceljs` never does. */
export type RowWriting = 'xml' | 'exceljs';

/** Fill of header cells (light grey). */
export const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } } as const;

/** One row's cells while they are made: values and shared styles by column, height and notes. */
export class RowDraft implements RowCells {
  values: (CellValue | undefined)[] = [];
  styles: (CellStyle | undefined)[] = [];
  height: number | undefined;
  notes: [column: number, text: string][] | undefined;

  constructor(
    private readonly sheetStyles: SheetStyles,
    private readonly sheet: string,
    private readonly allowNotes: boolean,
  ) {}

  link(column: number, link: CellFormulaValue): void {
    this.values[column - 1] = link;
    this.styles[column - 1] = this.sheetStyles.link(column);
  }

  note(column: number, text: string): void {
    if (!this.allowNotes) throw new Error(`sheet ${this.sheet} is not written with notes`);
    this.notes = [...(this.notes ?? []), [column, text]];
  }
}

/** Writes finished rows to a streamed sheet. */
export interface RowSink {
  /** Writes the row; the draft's arrays are reused for the next row once this returns. */
  write(row: RowDraft, rowNumber: number): void;
  /** Called every {@link YIELD_ROWS} rows: hands what is written to the zip and lets it catch up. */
  pause(): Promise<void>;
  /** Called after the last row, before the sheet is committed. */
  end(): void;
}

/**
 * exceljs's streaming sheet keeps the model of every formula cell it has written, to resolve shared
 * formulas against (these sheets write none), until the sheet is committed. This forgets the ones
 * written so far; it does nothing if a future exceljs keeps them elsewhere.
 */
function forgetWrittenFormulae(sheet: Worksheet): void {
  const writer = sheet as unknown as { _formulae?: unknown };
  if (typeof writer._formulae === 'object' && writer._formulae !== null) writer._formulae = {};
}

/** Writes rows as exceljs row objects (`addRow`, cell styles, notes, `commit`). */
function exceljsRows(sheet: Worksheet): RowSink {
  return {
    write(draft) {
      const row = sheet.addRow(draft.values);
      // exceljs gives each row a style object of its own, which its style manager would serialise and
      // look up once per row; one shared (empty) object is looked up once.
      (row as unknown as { style: CellStyle }).style = ROW_STYLE;
      draft.styles.forEach((style, c) => {
        if (style !== undefined) row.getCell(c + 1).style = style;
      });
      if (draft.height !== undefined) row.height = draft.height;
      for (const [column, text] of draft.notes ?? []) row.getCell(column).note = text;
      row.commit();
    },
    async pause() {
      forgetWrittenFormulae(sheet);
      await waitForZip(sheet);
    },
    end() {},
  };
}

interface StyleManager {
  addStyleModel(style: CellStyle, cellType: number): number;
}

interface SheetStream {
  write(xml: Buffer): unknown;
}

/** Bytes of row XML gathered before they are written to the sheet's stream in one piece. */
const XML_BATCH = 64 * 1024;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit (4 per surrogate pair). */
const MAX_UTF8_BYTES = 3;

/**
 * Writes rows as XML straight into the sheet's stream (see `renderRowXml`), with the style ids of
 * exceljs's style manager: the same bytes exceljs writes for these rows, without building and
 * serialising a row object, a cell object, a style and an XML stream per cell. It needs the header
 * row committed (so the sheet has opened `<sheetData>`) and writes no notes. `undefined` when the
 * writer does not expose what it needs (another exceljs version): rows then go through exceljs.
 */
export function xmlRows(workbook: Workbook, sheet: Worksheet): RowSink | undefined {
  const styles = (workbook as unknown as { styles?: Partial<StyleManager> }).styles;
  const writer = sheet as unknown as { stream?: Partial<SheetStream>; startedData?: unknown };
  const stream = writer.stream;
  if (typeof styles?.addStyleModel !== 'function' || typeof stream?.write !== 'function') return undefined;
  if (writer.startedData !== true) return undefined;
  const manager = styles as StyleManager;
  const out = stream as SheetStream;
  const letters: string[] = [];
  const styleIds: number[] = [];
  // The last style of each column and its id: most cells share their column's style with the row above.
  const lastStyles: (CellStyle | undefined)[] = [];
  const lastIds: number[] = [];
  // Rows are encoded into one buffer as they are rendered (cheaper than joining them into a string),
  // and the buffer is reused: the sheet stream copies what it is given before `write` returns, which
  // exceljs relies on too (it writes one shared, reset StringBuf into every sheet stream). Allocating
  // a buffer per batch instead would make V8 collect the whole heap far more often (external memory).
  let batch = Buffer.allocUnsafe(XML_BATCH);
  let used = 0;
  const flush = () => {
    if (used === 0) return;
    out.write(batch.subarray(0, used));
    used = 0;
  };
  return {
    write(draft, rowNumber) {
      const { values, styles: cellStyles } = draft;
      styleIds.length = values.length;
      for (let c = 0; c < values.length; c++) {
        const value = values[c];
        const style = cellStyles[c];
        if (style === undefined && value === undefined) styleIds[c] = NO_CELL;
        else if (style !== undefined && style === lastStyles[c]) styleIds[c] = lastIds[c]!;
        else {
          const id = manager.addStyleModel(style ?? {}, typeOfStyle(value));
          styleIds[c] = id;
          lastStyles[c] = style;
          lastIds[c] = id;
        }
      }
      const xml = renderRowXml(rowNumber, values, styleIds, draft.height, letters);
      const most = xml.length * MAX_UTF8_BYTES;
      if (used + most > batch.length) {
        flush();
        if (most > batch.length) batch = Buffer.allocUnsafe(most);
      }
      used += batch.write(xml, used);
    },
    async pause() {
      flush();
      await waitForZip(sheet);
    },
    end: flush,
  };
}

/**
 * Streams one sheet: a bold, frozen header row, one row per record, column widths, wrapping and
 * number formats from the column layout (or a column's per-record format), coloured `status` cells
 * and an autofilter over the table. Every cell gets one of the sheet's shared styles. Rows are
 * rendered as XML into the sheet's stream (`rows: 'xml'`, unless the sheet has notes or the writer
 * does not allow it) or written as exceljs rows; both give the same bytes. Every {@link YIELD_ROWS}
 * rows the writer lets the zip compress what it has written. Resolves to the autofilter range in A1
 * form.
 */
export async function writeSheet<T>(
  workbook: Workbook,
  spec: SheetSpec<T>,
  index: BriefingIndex,
  rows: RowWriting = 'xml',
): Promise<string> {
  const { columns, records } = spec;
  const range = `A1:${formatColumnLetters(columns.length)}${records.length + 1}`;
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    // Printed on A4 landscape, one page wide, with the header row on every page.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  sheet.autoFilter = range;
  const layouts = columns.map((column) => selectColumnLayout(column.header));
  const styles = new SheetStyles(layouts);
  sheet.columns = layouts.map((layout, i) => ({ width: layout.width, style: styles.column(i + 1) }));
  const statusColumn = columns.findIndex((column) => column.header === 'status') + 1;
  const formatted = columns.flatMap((column, i) =>
    column.format === undefined ? [] : [{ column, at: i + 1 }],
  );

  const header = sheet.addRow(columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle' };
  });
  header.commit();

  const sink =
    (rows === 'xml' && spec.notes !== true ? xmlRows(workbook, sheet) : undefined) ?? exceljsRows(sheet);
  const draft = new RowDraft(styles, spec.name, spec.notes === true);
  const columnStyles = columns.map((_, c) => styles.column(c + 1));
  // One pair of arrays for every row: a sink is done with a row when `write` returns.
  const values: (CellValue | undefined)[] = new Array(columns.length).fill(undefined);
  const cellStyles: (CellStyle | undefined)[] = new Array(columns.length).fill(undefined);
  draft.values = values;
  draft.styles = cellStyles;
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    for (let c = 0; c < columns.length; c++) {
      const value = columns[c]!.read(record, index);
      // An empty cell is left out (the column's style covers it), not written as a styled blank.
      values[c] = value === null ? undefined : value;
      cellStyles[c] = values[c] === undefined ? undefined : columnStyles[c];
    }
    draft.height = estimateRowHeight(values, layouts);
    draft.notes = undefined;
    for (const { column, at } of formatted) {
      const numFmt = column.format?.(record);
      if (numFmt !== undefined) cellStyles[at - 1] = styles.withNumFmt(at, numFmt);
    }
    const status = statusColumn > 0 ? values[statusColumn - 1] : undefined;
    if (status !== undefined) cellStyles[statusColumn - 1] = styles.status(statusColumn, String(status));
    spec.decorate?.(draft, record, i + 2);
    sink.write(draft, i + 2);
    if ((i + 1) % YIELD_ROWS === 0) await sink.pause();
  }
  sink.end();
  sheet.commit();
  return range;
}
