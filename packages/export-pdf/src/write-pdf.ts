import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { Briefing } from '@dealbrief/core';
import {
  BriefingSchema,
  ClaimSchema,
  DealbriefError,
  ErrorCode,
  formatZodIssues,
  SourceRecordSchema,
} from '@dealbrief/core';
import { createDocument } from './create-document.js';
import { decoratePages } from './decorate-pages.js';
import { type CitationNumbers, numberCitations } from './number-citations.js';
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

/** The briefing without its claims and sources, which are checked one record at a time. */
const BriefingShellSchema = BriefingSchema.omit({ claims: true, sources: true });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether every item of `items` passes `schema` (each parsed copy is dropped at once). */
function allPass(items: unknown, schema: { safeParse(item: unknown): { success: boolean } }): boolean {
  return Array.isArray(items) && items.every((item) => schema.safeParse(item).success);
}

/**
 * Checks the briefing against `BriefingSchema` without copying it: the claims and sources (nearly all of
 * a large briefing) are checked one by one and kept as given — their schemas have no defaults or
 * transforms, so the parsed record equals the given one — and the rest is parsed (its defaults apply).
 * When anything fails, the whole briefing is parsed once more for the error message.
 */
function validateBriefing(briefing: Briefing): Briefing {
  if (isRecord(briefing)) {
    const { claims, sources, ...rest } = briefing as Record<string, unknown>;
    const shell = BriefingShellSchema.safeParse(rest);
    if (shell.success && allPass(sources, SourceRecordSchema) && allPass(claims, ClaimSchema)) {
      return { ...shell.data, sources: briefing.sources, claims: briefing.claims };
    }
  }
  const parsed = BriefingSchema.safeParse(briefing);
  if (!parsed.success) {
    const issues = formatZodIssues(parsed.error).join('; ');
    throw new DealbriefError(ErrorCode.PackInvalid, `briefing does not match its schema: ${issues}`);
  }
  return parsed.data;
}

/** Bytes the PDF may hold in memory (pdfkit's output queue plus the file's write queue) before writing waits. */
const OUTPUT_HIGH_WATER = 256 * 1024;

/**
 * The file a document streams into. Pages are written out as they are finished; {@link pause} lets the
 * queued bytes reach the file; a write error rejects with `OUTPUT_FAILED` and removes the partial file.
 */
class PdfOutput {
  private failure: DealbriefError | undefined;
  private readonly out: WriteStream;
  private readonly done: Promise<void>;

  constructor(
    private readonly doc: Doc,
    private readonly file: string,
  ) {
    this.out = createWriteStream(file);
    this.done = new Promise((resolve, reject) => {
      const fail = (cause: unknown): void => {
        this.failure ??= new DealbriefError(ErrorCode.OutputFailed, `could not write ${file}`, {
          file,
          cause,
        });
        reject(this.failure);
      };
      this.out.on('finish', () => resolve());
      this.out.on('error', fail);
      doc.on('error', fail);
    });
    this.done.catch(() => {});
    doc.pipe(this.out);
  }

  private queued(): number {
    return this.doc.readableLength + this.out.writableLength;
  }

  /** Waits until the queued bytes are below the high-water mark; throws when writing failed. */
  async pause(): Promise<void> {
    while (this.failure === undefined && this.queued() > OUTPUT_HIGH_WATER) {
      if (this.out.writableNeedDrain) await once(this.out, 'drain').catch(() => {});
      else await new Promise((resolve) => setImmediate(resolve));
    }
    if (this.failure !== undefined) throw this.failure;
  }

  /** Ends the document and resolves when the file is written. */
  async finish(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    this.doc.end();
    await this.done;
  }

  /** Stops writing and removes the partial file (after a failure). */
  async abandon(): Promise<void> {
    this.doc.unpipe(this.out);
    this.out.destroy();
    await finished(this.out).catch(() => {});
    await rm(this.file, { force: true }).catch(() => {});
  }
}

/**
 * Lays out the whole briefing (cover with summary, key facts, allocations, disputed and single-source,
 * people and organisations, agreements, quotes, sources with their cited passages) and closes the
 * structure tree, awaiting `pause` between sections (and between sources) so that finished pages reach
 * the file as they are made.
 */
async function renderBriefing(
  doc: Doc,
  briefing: Briefing,
  citations: CitationNumbers,
  pause: () => Promise<void>,
): Promise<void> {
  const sections = [
    () => renderCover(doc, briefing, citations),
    () => renderChanges(doc, briefing),
    () => renderKeyFacts(doc, briefing, citations),
    () => renderAllocations(doc, briefing, citations),
    () => renderConflicts(doc, briefing, citations),
    () => renderParties(doc, briefing, citations),
    () => renderAgreements(doc, briefing, citations),
    () => renderQuotes(doc, briefing, citations),
  ];
  for (const section of sections) {
    section();
    await pause();
  }
  await renderSources(doc, briefing, citations, pause);
  closeStructure(doc);
}

/**
 * Writes a readable briefing PDF to `file`; the same briefing gives the same bytes.
 *
 * The PDF holds the title, as-of date, source counts and an executive summary; the key facts as a table
 * (value, status, confidence, citation markers; dissent, consistent claims and rationale beneath); the
 * allocations as a table and a bar chart when known; a "Disputed and single-source" section; people and
 * organisations with their roles; agreements; quotes with their speakers; and the sources (with their
 * witness groups) with the cited passages under their numbers. Noto Sans KR is embedded, so English,
 * German and Korean text renders and copies out. The PDF is tagged (headings, paragraphs, tables, a
 * figure; header and footer as artifacts).
 *
 * For a large corpus the PDF stays a briefing: each answer, dissent and consistent list cites its eight
 * strongest passages (one per witness first) and says how many more the CSV/XLSX evidence holds, long
 * rationales are shortened, and past 100 sources only the cited ones are listed. Pages are written to the
 * file as they are made, so memory use does not grow with the number of pages.
 *
 * Rejects with a `DealbriefError`: `PACK_INVALID` when the briefing fails its schema or a field cites a
 * missing claim (nothing is written then), `OUTPUT_FAILED` when the file cannot be written (the partial
 * file is removed).
 */
export async function writePdf(briefing: Briefing, file: string, options: PdfOptions = {}): Promise<void> {
  const valid = validateBriefing(briefing);
  const citations = numberCitations(valid);
  const doc = createDocument(valid, options.pageSize ?? 'A4');
  const output = new PdfOutput(doc, file);
  try {
    await renderBriefing(doc, valid, citations, () => output.pause());
    decoratePages(doc);
    await output.finish();
  } catch (error) {
    await output.abandon();
    throw error;
  }
}
