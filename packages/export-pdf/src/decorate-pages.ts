import { CHROME_OFFSET } from './page-style.js';
import { markArtifact } from './tag-structure.js';
import { type Doc, STYLE } from './text-blocks.js';

/** `text`, cut at a code point and ended with "…" so that it fits `width` in the current font. */
export function fitLine(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('').trimEnd()}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

/** Writes one line inside a page margin without letting pdfkit open a new page for it. */
function writeChromeLine(doc: Doc, text: string, y: number, align: 'left' | 'center'): void {
  const { left, right, bottom } = doc.page.margins;
  const width = doc.page.width - left - right;
  doc.font(STYLE.chrome.font).fontSize(STYLE.chrome.size).fillColor(STYLE.chrome.color);
  doc.page.margins.bottom = 0;
  markArtifact(doc, 'Pagination', () =>
    doc.text(fitLine(doc, text, width), left, y, { width, align, lineBreak: false }),
  );
  doc.page.margins.bottom = bottom;
}

/**
 * Adds the running header (the briefing title, from page 2 on) and the footer "page 2 of 5" to every
 * buffered page, marked as pagination artifacts so screen readers skip them. Call once, after all content
 * is written.
 */
export function decoratePages(doc: Doc, title: string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const page = index - range.start + 1;
    if (page > 1) writeChromeLine(doc, title, CHROME_OFFSET - STYLE.chrome.size, 'left');
    writeChromeLine(doc, `page ${page} of ${range.count}`, doc.page.height - CHROME_OFFSET, 'center');
  }
}
