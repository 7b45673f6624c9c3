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

/** A pdfkit object reference (`doc.ref()`): a PDF object whose stream is written when it ends. */
type ObjectRef = ReturnType<Doc['ref']>;

/** What of pdfkit's page this module touches (pdfkit 0.20 internals the public types leave out). */
interface PageInternals {
  content: ObjectRef;
  dictionary: { data: { Contents?: unknown } };
  fonts: Record<string, unknown>;
}

/** What of pdfkit's embedded font this module touches. */
interface FontInternals {
  id: string;
  ref(): unknown;
}

/** A page waiting for its running header and footer, and the content stream they go into. */
interface PendingPage {
  page: Doc['page'];
  chrome: ObjectRef;
}

/** Per document, the call that writes its pending chrome. */
const finishers = new WeakMap<Doc, () => void>();

/**
 * Prepares the running header (the briefing title, from page 2 on) and the footer "page 2 of 5" of every
 * page without keeping pages in memory: each page gets a second, empty content stream (its `/Contents` is
 * `[content, chrome]`), so that the page itself is written (flushed) as soon as the next one starts, while
 * its chrome — which needs the page count — is written by {@link decoratePages} at the end. The chrome is
 * set in the body font, which is added to each page's resources when the page starts (they are written
 * with the page). Call before the first page is added, with the body font selected.
 */
export function deferPageChrome(doc: Doc, title: string): void {
  const font = (doc as unknown as { _font: FontInternals })._font;
  const pending: PendingPage[] = [];
  doc.on('pageAdded', () => {
    const page = doc.page as unknown as PageInternals;
    const chrome = doc.ref({});
    page.dictionary.data.Contents = [page.content, chrome];
    page.fonts[font.id] = font.ref();
    pending.push({ page: doc.page, chrome });
  });
  finishers.set(doc, () => {
    const count = pending.length;
    const current = doc.page;
    pending.forEach(({ page, chrome }, index) => {
      const internals = page as unknown as PageInternals;
      const content = internals.content;
      internals.content = chrome;
      doc.page = page;
      if (index > 0) writeChromeLine(doc, title, CHROME_OFFSET - STYLE.chrome.size, 'left');
      writeChromeLine(doc, `page ${index + 1} of ${count}`, doc.page.height - CHROME_OFFSET, 'center');
      internals.content = content;
      chrome.end(undefined);
    });
    doc.page = current;
    pending.length = 0;
  });
}

/**
 * Writes the running header and the footer "page i of n" of every page prepared by
 * {@link deferPageChrome}, marked as pagination artifacts so screen readers skip them. Call once, after
 * all content is written and before `doc.end()`. A text extractor reads each page's chrome after its
 * content.
 */
export function decoratePages(doc: Doc): void {
  finishers.get(doc)?.();
  finishers.delete(doc);
}
