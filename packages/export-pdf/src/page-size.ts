/** Paper sizes the PDF can be laid out on (pdfkit's names). */
export type PageSize = 'A4' | 'LETTER';
