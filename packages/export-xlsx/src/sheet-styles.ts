import type { Style } from 'exceljs';
import type { ColumnLayout } from './column-layout.js';
import { selectStatusStyle } from './status-style.js';

/** A cell style as exceljs takes it. Shared between cells, so never changed once made. */
export type CellStyle = Readonly<Partial<Style>>;

/** Font of link cells (blue, underlined). */
export const LINK_FONT = { color: { argb: 'FF0563C1' }, underline: true } as const;

/** The style of rows: none, as one shared object. */
export const ROW_STYLE: CellStyle = Object.freeze({});

/**
 * The cell styles of one sheet, made once and shared by every cell that looks the same. exceljs's
 * style manager remembers the style id of each style object it has seen, so a shared object costs a
 * lookup per cell; a fresh object per cell (what setting `cell.font` or `cell.numFmt` makes) is
 * serialised to XML and compared on every cell.
 */
export class SheetStyles {
  private readonly columns: CellStyle[];
  private readonly variants = new Map<string, CellStyle>();

  constructor(layouts: readonly ColumnLayout[]) {
    this.columns = layouts.map((layout) =>
      Object.freeze({
        alignment: Object.freeze({ vertical: 'top', wrapText: layout.wrap }),
        ...(layout.numFmt === undefined ? {} : { numFmt: layout.numFmt }),
      }),
    );
  }

  /** The style of column `column` (1-based) from its layout: top-aligned, wrapped or not, its number format. */
  column(column: number): CellStyle {
    const style = this.columns[column - 1];
    if (style === undefined) throw new RangeError(`no column ${column}`);
    return style;
  }

  /** The column's style with number format `numFmt`. */
  withNumFmt(column: number, numFmt: string): CellStyle {
    return this.variant(column, `n:${numFmt}`, () => ({ numFmt }));
  }

  /** The column's style for a link: blue, underlined. */
  link(column: number): CellStyle {
    return this.variant(column, 'link', () => ({ font: LINK_FONT }));
  }

  /** The column's style coloured for `status` (see `selectStatusStyle`); the plain style for other text. */
  status(column: number, status: string): CellStyle {
    const colours = selectStatusStyle(status);
    if (colours === undefined) return this.column(column);
    return this.variant(column, `s:${status}`, () => ({ fill: colours.fill, font: colours.font }));
  }

  private variant(column: number, key: string, make: () => Partial<Style>): CellStyle {
    const id = `${column}\u0000${key}`;
    let style = this.variants.get(id);
    if (style === undefined) {
      style = Object.freeze({ ...this.column(column), ...make() });
      this.variants.set(id, style);
    }
    return style;
  }
}
