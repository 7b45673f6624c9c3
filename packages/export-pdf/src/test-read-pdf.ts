import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { extractText, getDocumentProxy } from 'unpdf';

/** A text run of a PDF page as pdf.js reads it, with its horizontal extent in points. */
export interface PdfTextRun {
  page: number;
  text: string;
  left: number;
  right: number;
  baseline: number;
}

/** What a test needs from a written PDF: raw bytes, text per page, text runs and page size. */
export interface PdfReadBack {
  bytes: Buffer;
  pages: string[];
  runs: PdfTextRun[];
  pageWidth: number;
  pageHeight: number;
  /** The document information dictionary (Title, Subject, Keywords…). */
  info: Record<string, unknown>;
}

/** Reads a PDF back with unpdf (pdf.js), the way a reader copying text out would see it. Test helper. */
export async function readPdf(file: string): Promise<PdfReadBack> {
  const bytes = await readFile(file);
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  const runs: PdfTextRun[] = [];
  let pageWidth = 0;
  let pageHeight = 0;
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    [, , pageWidth, pageHeight] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const left = item.transform[4] as number;
      runs.push({
        page: number,
        text: item.str,
        left,
        right: left + item.width,
        baseline: item.transform[5],
      });
    }
  }
  const { info } = await pdf.getMetadata();
  return { bytes, pages: text, runs, pageWidth, pageHeight, info: info as Record<string, unknown> };
}

/** Collapses runs of whitespace (line wraps included) to one space. */
export function squashSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Every Flate-compressed stream of a PDF (page contents, fonts…), inflated, as latin1 text. Test helper. */
export function readStreams(bytes: Buffer): string[] {
  const raw = bytes.toString('latin1');
  const streams: string[] = [];
  const pattern =
    /\/Length (\d+)[^>]*\/Filter \/FlateDecode[^>]*>>\s*stream\r?\n|\/Filter \/FlateDecode\s*\/Length (\d+)[^>]*>>\s*stream\r?\n/g;
  for (const match of raw.matchAll(pattern)) {
    const length = Number(match[1] ?? match[2]);
    const start = (match.index ?? 0) + match[0].length;
    try {
      streams.push(inflateSync(bytes.subarray(start, start + length)).toString('latin1'));
    } catch {
      // not a zlib stream (e.g. a font program with other filters)
    }
  }
  return streams;
}
