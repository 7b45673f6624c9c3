import { createWriteStream } from 'node:fs';
import type { Briefing } from '@dealbrief/core';
import { BriefingSchema, DealbriefError, ErrorCode, formatZodIssues } from '@dealbrief/core';
import { createDocument, type PageSize } from './create-document.js';
import { decoratePages } from './decorate-pages.js';
import { numberCitations } from './number-citations.js';
import { renderCitations } from './render-citations.js';
import { renderConflicts } from './render-conflicts.js';
import { renderCover } from './render-cover.js';
import { renderKeyFacts } from './render-key-facts.js';
import { renderSources } from './render-sources.js';
import type { Doc } from './text-blocks.js';

/** Options of {@link writePdf}. */
export interface PdfOptions {
  /** Paper size; default `'A4'`. */
  pageSize?: PageSize | undefined;
}

function validateBriefing(briefing: Briefing): Briefing {
  const parsed = BriefingSchema.safeParse(briefing);
  if (!parsed.success) {
    const issues = formatZodIssues(parsed.error).join('; ');
    throw new DealbriefError(ErrorCode.PackInvalid, `briefing does not match its schema: ${issues}`);
  }
  return parsed.data;
}

/**
 * Lays out the whole briefing into a buffered document (cover, key facts, disputed and single-source,
 * sources, citations).
 */
function renderBriefing(doc: Doc, briefing: Briefing): void {
  const citations = numberCitations(briefing);
  renderCover(doc, briefing);
  renderKeyFacts(doc, briefing, citations);
  renderConflicts(doc, briefing, citations);
  renderSources(doc, briefing);
  renderCitations(doc, citations);
  decoratePages(doc, briefing.title);
}

function streamToFile(doc: Doc, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (cause: unknown): void =>
      reject(new DealbriefError(ErrorCode.OutputFailed, `could not write ${file}`, { file, cause }));
    const out = createWriteStream(file);
    out.on('finish', () => resolve());
    out.on('error', fail);
    doc.on('error', fail);
    doc.pipe(out);
    doc.end();
  });
}

/**
 * Writes a readable briefing PDF to `file`; the same briefing gives the same bytes.
 *
 * The PDF holds the title, as-of date and source counts, the key facts (value, status, confidence,
 * citation markers, dissent, consistent claims and rationale of every field), a "Disputed and
 * single-source" section, the sources (with their witness groups) and the numbered citations with
 * their exact quotes. Noto Sans KR is embedded, so English, German and Korean text renders and copies out.
 *
 * Rejects with a `DealbriefError`: `PACK_INVALID` when the briefing fails its schema or a field cites a
 * missing claim (nothing is written then), `OUTPUT_FAILED` when the file cannot be written.
 */
export async function writePdf(briefing: Briefing, file: string, options: PdfOptions = {}): Promise<void> {
  const valid = validateBriefing(briefing);
  const doc = createDocument(valid, options.pageSize ?? 'A4');
  renderBriefing(doc, valid);
  await streamToFile(doc, file);
}
