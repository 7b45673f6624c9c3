import type { Briefing, FieldStatus } from '@dealbrief/core';
import { formatNumber } from '@dealbrief/core';
import { EVIDENCE_POINTER } from './limits.js';
import type { CitationNumbers } from './number-citations.js';
import { summarizeBriefing } from './summarize-briefing.js';
import { addGap, type Doc, STYLE, writeText } from './text-blocks.js';

/** The heading of the executive summary, exactly as it appears in the PDF. */
export const SUMMARY_HEADING = 'Summary';

const STATUS_ORDER: readonly FieldStatus[] = ['agreed', 'single-source', 'disputed', 'not-found'];

/** "5 sources (4 ok, 1 rejected)". */
export function describeSources(briefing: Briefing): string {
  const rejected = briefing.sources.filter((source) => source.status === 'rejected').length;
  const ok = briefing.sources.length - rejected;
  const noun = briefing.sources.length === 1 ? 'source' : 'sources';
  return `${briefing.sources.length} ${noun} (${ok} ok, ${rejected} rejected)`;
}

/** "8 fields: 3 agreed, 1 single-source, 2 disputed, 2 not-found". */
export function describeFields(briefing: Briefing): string {
  const counts = STATUS_ORDER.map((status) => ({
    status,
    count: briefing.fields.filter((field) => field.status === status).length,
  }))
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.count} ${entry.status}`);
  const noun = briefing.fields.length === 1 ? 'field' : 'fields';
  return `${briefing.fields.length} ${noun}${counts.length > 0 ? `: ${counts.join(', ')}` : ''}`;
}

/**
 * "This PDF lists up to 8 passages for each answer, dissent and consistent list …": how much of the
 * evidence the PDF cites, when it leaves claims out; `undefined` when it cites every claim.
 */
export function describeSelection(citations: CitationNumbers): string | undefined {
  if (citations.ordered.length >= citations.claims.size) return undefined;
  return (
    `This PDF lists up to ${citations.limit} passages for each answer, dissent and consistent list ` +
    '(the strongest, one per witness first): ' +
    `${formatNumber(citations.ordered.length)} of ${formatNumber(citations.claims.size)} claims; ` +
    `${EVIDENCE_POINTER}.`
  );
}

/**
 * Writes the title block (title, as-of date, profile, counts of sources, claims and fields, how much of
 * the evidence is listed when not all of it) and the executive summary built from the fields.
 */
export function renderCover(doc: Doc, briefing: Briefing, citations: CitationNumbers): void {
  writeText(doc, briefing.title, STYLE.title);
  addGap(doc, 0.3);
  writeText(doc, `As of ${briefing.asOf} · profile ${briefing.profile}`, STYLE.body);
  writeText(doc, describeSources(briefing), STYLE.body);
  const claims = briefing.claims.length === 1 ? 'claim' : 'claims';
  writeText(doc, `${briefing.claims.length} cited ${claims} · ${describeFields(briefing)}`, STYLE.body);
  addGap(doc, 0.3);
  writeText(
    doc,
    'Every fact below carries numbered citations [n]; the sources section at the end gives, under each ' +
      'source, the numbered passages with their line:column and exact words.',
    STYLE.meta,
  );
  const selection = describeSelection(citations);
  if (selection !== undefined) writeText(doc, selection, STYLE.meta);
  addGap(doc, 0.8);
  writeText(doc, SUMMARY_HEADING, STYLE.heading);
  addGap(doc, 0.3);
  writeText(doc, summarizeBriefing(briefing, citations.claims).join(' '), STYLE.body);
  addGap(doc, 1);
}
