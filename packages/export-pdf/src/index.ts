export type { PageSize } from './create-document.js';
export { type PdfOptions, writePdf } from './write-pdf.js';
