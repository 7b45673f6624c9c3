import { createWriteStream } from 'node:fs';
import type { Briefing } from '@dealbrief/core';
import { BriefingSchema, DealbriefError, ErrorCode, formatZodIssues } from '@dealbrief/core';
import { createDocument } from './create-document.js';
import { decoratePages } from './decorate-pages.js';
import { numberCitations } from './number-citations.js';
import type { PageSize } from './page-size.js';
import { renderAgreements } from './render-agreements.js';
import { renderAllocations } from './render-allocations.js';
import { renderChanges } from './render-changes.js';
import { renderConflicts } from './render-conflicts.js';
import { renderCover } from './render-cover.js';
import { renderKeyFacts } from './render-key-facts.js';
import { renderParties } from './render-parties.js';
import { renderQuotes } from './render-quotes.js';
import { renderSources } from './render-sources.js';
import { closeStructure } from './tag-structure.js';
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
 * Lays out the whole briefing into a buffered document (cover with summary, key facts, allocations,
 * disputed and single-source, people and organisations, agreements, quotes, sources with their cited
 * passages), closes the structure tree and adds the running header and footer.
 */
function renderBriefing(doc: Doc, briefing: Briefing): void {
  const citations = numberCitations(briefing);
  renderCover(doc, briefing);
  renderChanges(doc, briefing);
  renderKeyFacts(doc, briefing, citations);
  renderAllocations(doc, briefing, citations);
  renderConflicts(doc, briefing, citations);
  renderParties(doc, briefing, citations);
  renderAgreements(doc, briefing, citations);
  renderQuotes(doc, briefing, citations);
  renderSources(doc, briefing, citations);
  closeStructure(doc);
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
 * The PDF holds the title, as-of date, source counts and an executive summary; the key facts as a table
 * (value, status, confidence, citation markers; dissent, consistent claims and rationale beneath); the
 * allocations as a table and a bar chart when known; a "Disputed and single-source" section; people and
 * organisations with their roles; agreements; quotes with their speakers; and the sources (with their
 * witness groups) with every cited passage under its number. Noto Sans KR is embedded, so English,
 * German and Korean text renders and copies out. The PDF is tagged (headings, paragraphs, tables, a
 * figure; header and footer as artifacts).
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
