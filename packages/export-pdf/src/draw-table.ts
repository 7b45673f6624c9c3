import { CELL_PADDING, RULE } from './page-style.js';
import { closeStructure, markArtifact, markBlock, openStructure } from './tag-structure.js';
import { applyStyle, contentWidth, type Doc, STYLE, type TextStyle } from './text-blocks.js';

/** One paragraph of a table cell. */
export interface CellBlock {
  text: string;
  style: TextStyle;
  /** Language of the text for screen readers, when it is not English. */
  lang?: string | undefined;
}

/** A column: its header and its share of the width between the margins (the shares add up to 1). */
export interface TableColumn {
  header: string;
  share: number;
}

/** A row: one list of paragraphs per column, and notes written across the full width beneath it. */
export interface TableRow {
  cells: readonly (readonly CellBlock[])[];
  notes?: readonly CellBlock[] | undefined;
  /** Continues the row above (a list member): drawn without a rule above it. */
  continues?: boolean | undefined;
}

interface Geometry {
  x: number[];
  widths: number[];
  full: number;
}

function measureGeometry(doc: Doc, columns: readonly TableColumn[]): Geometry {
  const full = contentWidth(doc);
  const widths = columns.map((column) => column.share * full);
  const x: number[] = [];
  widths.reduce((left, width) => {
    x.push(left);
    return left + width;
  }, doc.page.margins.left);
  return { x, widths, full };
}

function measureBlocks(doc: Doc, blocks: readonly CellBlock[], width: number): number {
  return blocks.reduce((sum, block) => {
    applyStyle(doc, block.style);
    return sum + doc.heightOfString(block.text, { width: width - 2 * CELL_PADDING });
  }, 0);
}

function drawRule(doc: Doc, y: number, full: number): void {
  markArtifact(doc, 'Layout', () => {
    const left = doc.page.margins.left;
    doc
      .save()
      .lineWidth(0.5)
      .strokeColor(RULE.line)
      .moveTo(left, y)
      .lineTo(left + full, y)
      .stroke()
      .restore();
  });
}

function roomLeft(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom - doc.y;
}

/** Draws one row of cells at the current y, each cell a `cellTag` element holding `P` paragraphs. */
function drawCells(
  doc: Doc,
  cells: readonly (readonly CellBlock[])[],
  geometry: Geometry,
  cellTag: string,
  rule = true,
): void {
  const top = doc.y;
  const height = Math.max(...cells.map((blocks, i) => measureBlocks(doc, blocks, geometry.widths[i] ?? 0)));
  if (cellTag === 'TH') {
    markArtifact(doc, 'Layout', () => {
      doc.save().rect(doc.page.margins.left, top, geometry.full, height + 2 * CELL_PADDING);
      doc.fill(RULE.header).restore();
    });
  }
  if (rule) drawRule(doc, top, geometry.full);
  openStructure(doc, 'TR');
  cells.forEach((blocks, i) => {
    const width = (geometry.widths[i] ?? 0) - 2 * CELL_PADDING;
    const x = (geometry.x[i] ?? 0) + CELL_PADDING;
    let y = top + CELL_PADDING;
    openStructure(doc, cellTag, cellTag === 'TH' ? { attributes: { O: 'Table', Scope: 'Column' } } : {});
    for (const block of blocks) {
      applyStyle(doc, block.style);
      const at = y;
      markBlock(doc, 'P', () => doc.text(block.text, x, at, { width }), { lang: block.lang });
      y += doc.heightOfString(block.text, { width });
    }
    closeStructure(doc);
  });
  closeStructure(doc);
  doc.x = doc.page.margins.left;
  doc.y = top + height + 2 * CELL_PADDING;
}

function drawNotes(doc: Doc, notes: readonly CellBlock[], columns: number): void {
  openStructure(doc, 'TR');
  openStructure(doc, 'TD', { attributes: { O: 'Table', ColSpan: columns } });
  for (const note of notes) {
    applyStyle(doc, note.style);
    const left = doc.page.margins.left + CELL_PADDING;
    const width = contentWidth(doc) - 2 * CELL_PADDING;
    markBlock(doc, 'P', () => doc.text(note.text, left, undefined, { width }), { lang: note.lang });
  }
  doc.y += CELL_PADDING;
  closeStructure(doc);
  closeStructure(doc);
}

/**
 * Draws a table as a tagged `Table` (a header row of `TH`, then `TR`s of `TD`s): cells wrap within their
 * column; a row never splits across pages (the header repeats on the next page); each row's notes
 * (rationale, dissent) follow across the full width in smaller type. Rules and the header shading are
 * artifacts.
 */
export function drawTable(doc: Doc, columns: readonly TableColumn[], rows: readonly TableRow[]): void {
  const geometry = measureGeometry(doc, columns);
  const header = columns.map((column) => [{ text: column.header, style: STYLE.tableHeader }]);
  const headerHeight = measureBlocks(doc, header[0] ?? [], geometry.widths[0] ?? 0) + 2 * CELL_PADDING;
  const page = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  openStructure(doc, 'Table');
  rows.forEach((row, index) => {
    const cellsHeight =
      Math.max(...row.cells.map((blocks, i) => measureBlocks(doc, blocks, geometry.widths[i] ?? 0))) +
      2 * CELL_PADDING;
    const notesHeight = measureBlocks(doc, row.notes ?? [], geometry.full);
    const wanted = cellsHeight + notesHeight + (index === 0 ? headerHeight : 0);
    const newPage = wanted > roomLeft(doc) && (wanted <= page || cellsHeight + headerHeight > roomLeft(doc));
    if (newPage) doc.addPage();
    if (index === 0 || newPage) drawCells(doc, header, geometry, 'TH');
    drawCells(doc, row.cells, geometry, 'TD', !row.continues || newPage);
    if (row.notes !== undefined && row.notes.length > 0) drawNotes(doc, row.notes, columns.length);
  });
  drawRule(doc, doc.y, geometry.full);
  closeStructure(doc);
}
