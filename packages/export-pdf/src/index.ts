export { listCitedClaims } from './number-citations.js';
export type { PageSize } from './page-size.js';
export { type PdfOptions, writePdf } from './write-pdf.js';
