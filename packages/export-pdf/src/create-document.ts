import type { Briefing } from '@dealbrief/core';
import PDFDocument from 'pdfkit';
import { deferPageChrome } from './decorate-pages.js';
import type { PageSize } from './page-size.js';
import { FONT, MARGINS } from './page-style.js';
import { resolveFonts } from './resolve-fonts.js';
import { openStructure } from './tag-structure.js';
import type { Doc } from './text-blocks.js';

/**
 * A pdfkit document whose metadata (and so its file ID) depends only on the briefing: the creation and
 * modification dates are the briefing's `asOf` at midnight UTC. Pages are not buffered: each is written
 * out when the next one starts (the running header and footer, which need the page count, go into a
 * second content stream per page, written at the end by `decoratePages`). Noto Sans KR is registered
 * as `body` and `bold`; pdfkit embeds only the glyphs used. The document is tagged (language `en`, the
 * title shown in the viewer's title bar); its structure tree starts with an open `Document` element.
 */
export function createDocument(briefing: Briefing, pageSize: PageSize): Doc {
  const date = new Date(`${briefing.asOf}T00:00:00Z`);
  const doc = new PDFDocument({
    size: pageSize,
    margins: { ...MARGINS },
    autoFirstPage: false,
    displayTitle: true,
    lang: 'en',
    tagged: true,
    info: {
      Title: briefing.title,
      Subject: `Briefing pack as of ${briefing.asOf}`,
      Keywords: `dealbrief, ${briefing.profile}`,
      Author: 'dealbrief',
      Producer: 'dealbrief',
      Creator: 'dealbrief',
      CreationDate: date,
      ModDate: date,
    },
  });
  const fonts = resolveFonts();
  doc.registerFont(FONT.body, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  doc.font(FONT.body);
  deferPageChrome(doc, briefing.title);
  doc.addPage();
  openStructure(doc, 'Document');
  return doc;
}
