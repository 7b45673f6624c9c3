import {
  type Briefing,
  type BriefingIndex,
  type Claim,
  type ConflictRow,
  describeWitnesses,
  displayConflict,
  displayValue,
  explainConflict,
  indexBriefing,
  listConflictRows,
  readConflictIds,
} from '@dealbrief/core';
import { type CitationNumbers, formatMarkers } from './number-citations.js';
import { addGap, type Doc, ensureSpace, measureText, STYLE, writeHanging, writeText } from './text-blocks.js';

/** The heading of the section, exactly as it appears in the PDF. */
export const CONFLICTS_HEADING = 'Disputed and single-source';

/** "Korean partner companies › LG" for a member, the field's label for a field. */
function describeSubject(row: ConflictRow): string {
  const label = row.field.label || row.field.field;
  return row.member === undefined ? label : `${label} › ${displayConflict(row)}`;
}

/** "003 says 250,000 GPUs [7] — “receive 250,000 GPUs”": one claim with its value, source, marker and words. */
export function describeClaim(claim: Claim, citations: CitationNumbers): string {
  const value = claim.display || displayValue(claim.value);
  const marker = formatMarkers([claim.id], citations);
  return `${claim.source} says ${value} ${marker} — “${claim.citation.exact}”`;
}

function listClaims(ids: readonly string[], citations: CitationNumbers): Claim[] {
  return ids.flatMap((id) => citations.claims.get(id) ?? []);
}

/** "up to 260,000 GPUs — supported by 000+001 (one story), 002 [1] [2]". */
function describeAnswer(row: ConflictRow, index: BriefingIndex, citations: CitationNumbers): string {
  const witnesses = describeWitnesses(readConflictIds(row, 'sources'), index);
  const markers = formatMarkers(readConflictIds(row, 'support'), citations);
  const support = witnesses === '' ? '' : ` — supported by ${witnesses}`;
  return `${displayConflict(row)}${support}${markers === '' ? '' : ` ${markers}`}`;
}

function renderDisputed(doc: Doc, row: ConflictRow, index: BriefingIndex, citations: CitationNumbers): void {
  const subject = describeSubject(row);
  const answer = `Answer: ${describeAnswer(row, index, citations)}`;
  ensureSpace(doc, measureText(doc, subject, STYLE.label) + measureText(doc, answer, STYLE.body) + 24);
  writeText(doc, subject, STYLE.label);
  writeText(doc, answer, STYLE.body);
  for (const claim of listClaims(readConflictIds(row, 'dissent'), citations)) {
    writeText(doc, `Dissent: ${describeClaim(claim, citations)}`, STYLE.warning);
  }
  for (const claim of listClaims(readConflictIds(row, 'consistent'), citations)) {
    writeText(doc, `Consistent: ${describeClaim(claim, citations)}`, STYLE.meta);
  }
  const rationale = explainConflict(row, index);
  if (rationale !== '') writeText(doc, rationale, STYLE.rationale);
  addGap(doc, 0.6);
}

/** "Announced on: 2025-10-31 — only 002 [10] [11]; consistent: 000 says Friday [12], 001 says Friday [13]". */
export function describeSingleSource(
  row: ConflictRow,
  index: BriefingIndex,
  citations: CitationNumbers,
): string {
  const witnesses = describeWitnesses(readConflictIds(row, 'sources'), index) || 'no source';
  const markers = formatMarkers(readConflictIds(row, 'support'), citations);
  const answer =
    row.member === undefined ? `${describeSubject(row)}: ${displayConflict(row)}` : describeSubject(row);
  const consistent = listClaims(readConflictIds(row, 'consistent'), citations).map(
    (claim) =>
      `${claim.source} says ${claim.display || displayValue(claim.value)} ${formatMarkers([claim.id], citations)}`,
  );
  const tail = consistent.length > 0 ? `; consistent: ${consistent.join(', ')}` : '';
  return `${answer} — only ${witnesses}${markers === '' ? '' : ` ${markers}`}${tail}`;
}

/**
 * Writes the "Disputed and single-source" section: every disputed field or list member with its answer,
 * who supports it, every dissenting claim (value, source, marker, words) and the consistent claims; then
 * one line per single-source field or member with its witness and markers.
 */
export function renderConflicts(doc: Doc, briefing: Briefing, citations: CitationNumbers): void {
  const index = indexBriefing(briefing);
  const rows = listConflictRows(briefing.fields);
  const disputed = rows.filter((row) => (row.member ?? row.field).status === 'disputed');
  const single = rows.filter((row) => (row.member ?? row.field).status === 'single-source');
  ensureSpace(doc, 120);
  writeText(doc, CONFLICTS_HEADING, STYLE.heading);
  addGap(doc, 0.4);
  if (rows.length === 0) {
    writeText(doc, 'Every field is agreed by several independent sources, or not found.', STYLE.body);
    addGap(doc, 1);
    return;
  }
  writeText(doc, `Disputed (${disputed.length})`, STYLE.subheading);
  addGap(doc, 0.3);
  if (disputed.length === 0) writeText(doc, 'No field is disputed.', STYLE.body);
  for (const row of disputed) renderDisputed(doc, row, index, citations);
  addGap(doc, 0.3);
  ensureSpace(doc, 60);
  writeText(doc, `Single-source (${single.length})`, STYLE.subheading);
  writeText(doc, 'Facts that only one witness gives (a translation or copy counts once).', STYLE.meta);
  addGap(doc, 0.3);
  if (single.length === 0) writeText(doc, 'No field rests on a single source.', STYLE.body);
  for (const row of single) writeHanging(doc, '•', describeSingleSource(row, index, citations), STYLE.body);
  addGap(doc, 1);
}
