import type { Claim, Profile } from '@dealbrief/core';
import { extractClaims } from '@dealbrief/extract';
import { type ParseOutcome, parseDocument } from '@dealbrief/parse';

/** One source to parse and mine: its file name, bytes, id and the registry's publication date, if any. */
export interface AnalyseInput {
  file: string;
  bytes: Uint8Array;
  source: string;
  /** The registry entry's `published`; the document's dateline date is used when absent. */
  published?: string | undefined;
}

/** What parse and extract made of one source (claims are empty when the parser rejected it). */
export interface Analysis {
  outcome: ParseOutcome;
  claims: Claim[];
}

/**
 * Parses one source and extracts its claims, exactly as collectSources does in-process: the publication
 * date is the registry's, else the dateline's (as the source record's `published`).
 */
export function analyseSource(input: AnalyseInput, profile: Profile): Analysis {
  const outcome = parseDocument({ file: input.file, bytes: input.bytes, source: input.source });
  const document = outcome.document;
  if (!document) return { outcome, claims: [] };
  const published = input.published ?? document.dateline?.date;
  return { outcome, claims: extractClaims(document, profile, { published }) };
}

/**
 * The analysis without the document's sentences and paragraphs, which nothing after extraction reads
 * (collectSources keeps a source's text and metadata only): what a worker sends back, so the main thread
 * has a third fewer objects to receive.
 */
export function slimAnalysis(analysis: Analysis): Analysis {
  const { document } = analysis.outcome;
  if (!document) return analysis;
  return {
    ...analysis,
    outcome: { ...analysis.outcome, document: { ...document, sentences: [], paragraphs: [] } },
  };
}
