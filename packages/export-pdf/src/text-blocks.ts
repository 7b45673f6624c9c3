import type PDFDocument from 'pdfkit';
import { COLOR, FONT, HANG, SIZE } from './page-style.js';
import { markBlock } from './tag-structure.js';

/** The pdfkit document type. */
export type Doc = InstanceType<typeof PDFDocument>;

/** Font, size and colour of a run of text, and the structure tag (H1, H2, P…) it is written under. */
export interface TextStyle {
  font: (typeof FONT)[keyof typeof FONT];
  size: number;
  color: string;
  tag: string;
}

/** The styles the briefing uses. */
export const STYLE = {
  title: { font: FONT.bold, size: SIZE.title, color: COLOR.text, tag: 'H1' },
  heading: { font: FONT.bold, size: SIZE.heading, color: COLOR.accent, tag: 'H2' },
  subheading: { font: FONT.bold, size: SIZE.label, color: COLOR.accent, tag: 'H3' },
  label: { font: FONT.bold, size: SIZE.label, color: COLOR.text, tag: 'H3' },
  body: { font: FONT.body, size: SIZE.body, color: COLOR.text, tag: 'P' },
  meta: { font: FONT.body, size: SIZE.small, color: COLOR.muted, tag: 'P' },
  warning: { font: FONT.body, size: SIZE.small, color: COLOR.warning, tag: 'P' },
  rationale: { font: FONT.body, size: SIZE.small, color: COLOR.muted, tag: 'P' },
  chrome: { font: FONT.body, size: SIZE.chrome, color: COLOR.muted, tag: 'P' },
  tableHeader: { font: FONT.bold, size: SIZE.small, color: COLOR.text, tag: 'P' },
  cell: { font: FONT.body, size: SIZE.small + 0.5, color: COLOR.text, tag: 'P' },
  cellLabel: { font: FONT.bold, size: SIZE.small + 0.5, color: COLOR.text, tag: 'P' },
} as const satisfies Record<string, TextStyle>;

/** Sets the font, size and colour of `style`. */
export function applyStyle(doc: Doc, style: TextStyle): void {
  doc.font(style.font).fontSize(style.size).fillColor(style.color);
}

/** Width between the left and right margins, in points. */
export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Height `text` takes in `style` when wrapped at `indent` points from the left margin. */
export function measureText(doc: Doc, text: string, style: TextStyle, indent = 0): number {
  applyStyle(doc, style);
  return doc.heightOfString(text, { width: contentWidth(doc) - indent });
}

/** Starts a new page unless `height` points fit above the bottom margin. */
export function ensureSpace(doc: Doc, height: number): void {
  const room = doc.page.height - doc.page.margins.bottom - doc.y;
  const page = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  if (height > room && height <= page) doc.addPage();
  else if (room < 3 * SIZE.body) doc.addPage();
}

/**
 * Writes wrapped text at `indent` points from the left margin, never wider than the margins allow, as one
 * structure element tagged by the style (`H2`, `P`…), in language `lang` when given.
 */
export function writeText(doc: Doc, text: string, style: TextStyle, indent = 0, lang?: string): void {
  applyStyle(doc, style);
  markBlock(
    doc,
    style.tag,
    () => doc.text(text, doc.page.margins.left + indent, undefined, { width: contentWidth(doc) - indent }),
    { lang },
  );
}

/** Writes `marker` in a hanging column and `text` wrapped beside it (bullets, citation numbers). */
export function writeHanging(
  doc: Doc,
  marker: string,
  text: string,
  style: TextStyle,
  indent = 0,
  markerStyle: TextStyle = style,
  lang?: string,
): void {
  ensureSpace(doc, measureText(doc, text, style, indent + HANG));
  const { left } = doc.page.margins;
  const width = contentWidth(doc) - indent - HANG;
  markBlock(
    doc,
    style.tag,
    () => {
      const y = doc.y;
      applyStyle(doc, markerStyle);
      doc.text(marker, left + indent, y, { width: HANG, lineBreak: false });
      applyStyle(doc, style);
      doc.text(text, left + indent + HANG, y, { width });
    },
    { lang },
  );
}

/** Vertical space of `lines` body lines. */
export function addGap(doc: Doc, lines = 0.5): void {
  applyStyle(doc, STYLE.body);
  doc.moveDown(lines);
}
