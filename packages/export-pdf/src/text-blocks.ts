import type PDFDocument from 'pdfkit';
import { COLOR, FONT, HANG, SIZE } from './page-style.js';

/** The pdfkit document type. */
export type Doc = InstanceType<typeof PDFDocument>;

/** Font, size and colour of a run of text. */
export interface TextStyle {
  font: (typeof FONT)[keyof typeof FONT];
  size: number;
  color: string;
}

/** The styles the briefing uses. */
export const STYLE = {
  title: { font: FONT.bold, size: SIZE.title, color: COLOR.text },
  heading: { font: FONT.bold, size: SIZE.heading, color: COLOR.accent },
  subheading: { font: FONT.bold, size: SIZE.label, color: COLOR.accent },
  label: { font: FONT.bold, size: SIZE.label, color: COLOR.text },
  body: { font: FONT.body, size: SIZE.body, color: COLOR.text },
  meta: { font: FONT.body, size: SIZE.small, color: COLOR.muted },
  warning: { font: FONT.body, size: SIZE.small, color: COLOR.warning },
  rationale: { font: FONT.body, size: SIZE.small, color: COLOR.muted },
  chrome: { font: FONT.body, size: SIZE.chrome, color: COLOR.muted },
} as const satisfies Record<string, TextStyle>;

function applyStyle(doc: Doc, style: TextStyle): void {
  doc.font(style.font).fontSize(style.size).fillColor(style.color);
}

function contentWidth(doc: Doc): number {
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

/** Writes wrapped text at `indent` points from the left margin, never wider than the margins allow. */
export function writeText(doc: Doc, text: string, style: TextStyle, indent = 0): void {
  applyStyle(doc, style);
  doc.text(text, doc.page.margins.left + indent, undefined, { width: contentWidth(doc) - indent });
}

/** Writes `marker` in a hanging column and `text` wrapped beside it (bullets, citation numbers). */
export function writeHanging(
  doc: Doc,
  marker: string,
  text: string,
  style: TextStyle,
  indent = 0,
  markerStyle: TextStyle = style,
): void {
  ensureSpace(doc, measureText(doc, text, style, indent + HANG));
  const y = doc.y;
  applyStyle(doc, markerStyle);
  doc.text(marker, doc.page.margins.left + indent, y, { width: HANG, lineBreak: false });
  doc.y = y;
  writeText(doc, text, style, indent + HANG);
}

/** Vertical space of `lines` body lines. */
export function addGap(doc: Doc, lines = 0.5): void {
  applyStyle(doc, STYLE.body);
  doc.moveDown(lines);
}
