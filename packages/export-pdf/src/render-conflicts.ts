import {
  type Briefing,
  type Claim,
  type ConflictRow,
  displayConflict,
  displayValue,
  listConflictRows,
  readConflictIds,
} from '@dealbrief/core';
import { describeWitnesses } from './describe-witnesses.js';
import { EVIDENCE_POINTER, NAME_LIMIT } from './limits.js';
import { type CitationNumbers, formatMarkers, pickCited } from './number-citations.js';
import { describeMoreClaims, joinWithMore, shortenAnswer, shortenRationale } from './shorten-text.js';
import {
  addGap,
  type Doc,
  ensureSpace,
  measureText,
  STYLE,
  type TextStyle,
  writeHanging,
  writeText,
} from './text-blocks.js';

/** The heading of the section, exactly as it appears in the PDF. */
export const CONFLICTS_HEADING = 'Disputed and single-source';

/** "Korean partner companies › LG" for a member, the field's label for a field. */
function describeSubject(row: ConflictRow): string {
  const label = row.field.label || row.field.field;
  return row.member === undefined ? label : `${label} › ${shortenAnswer(displayConflict(row))}`;
}

/** "003 says 250,000 GPUs [7] — “receive 250,000 GPUs”": one claim with its value, source, marker and words. */
export function describeClaim(claim: Claim, citations: CitationNumbers): string {
  const value = claim.display || displayValue(claim.value);
  const marker = formatMarkers([claim.id], citations);
  return `${claim.source} says ${value} ${marker} — “${claim.citation.exact}”`;
}

/**
 * One plain sentence on why the row is listed, as `@dealbrief/core`'s `explainConflict` writes it, with
 * bounded lists: a field's rationale (shortened past its limit); for a member "Only 004 supports this
 * member." or "Supported by 000+001 (one story), 002; contradicted by 003."
 */
export function explainRow(row: ConflictRow, citations: CitationNumbers): string {
  const { member } = row;
  if (member === undefined) return shortenRationale(row.field.rationale);
  const witnesses = describeWitnesses(member.sources, citations.groups) || 'no source';
  if (member.status === 'single-source') return `Only ${witnesses} supports this member.`;
  const dissent = new Set(member.dissent.map((id) => citations.claims.get(id)?.source ?? id));
  const against = dissent.size > 0 ? joinWithMore([...dissent], NAME_LIMIT) : 'another claim';
  return `Supported by ${witnesses}; contradicted by ${against}.`;
}

/** "up to 260,000 GPUs — supported by 000+001 (one story), 002 [1] [2]". */
function describeAnswer(row: ConflictRow, citations: CitationNumbers): string {
  const witnesses = describeWitnesses(readConflictIds(row, 'sources'), citations.groups);
  const markers = formatMarkers(readConflictIds(row, 'support'), citations);
  const support = witnesses === '' ? '' : ` — supported by ${witnesses}`;
  return `${shortenAnswer(displayConflict(row))}${support}${markers === '' ? '' : ` ${markers}`}`;
}

/** One line per cited claim of a list ("Dissent: 003 says …"), then how many more there are. */
function writeClaimList(
  doc: Doc,
  label: string,
  ids: readonly string[],
  citations: CitationNumbers,
  style: TextStyle,
): void {
  const { shown, more } = pickCited(ids, citations);
  for (const claim of shown) writeText(doc, `${label}: ${describeClaim(claim, citations)}`, style);
  if (more > 0) writeText(doc, `${label}: ${describeMoreClaims(more)} — ${EVIDENCE_POINTER}`, style);
}

function renderDisputed(doc: Doc, row: ConflictRow, citations: CitationNumbers): void {
  const subject = describeSubject(row);
  const answer = `Answer: ${describeAnswer(row, citations)}`;
  ensureSpace(doc, measureText(doc, subject, STYLE.label) + measureText(doc, answer, STYLE.body) + 24);
  writeText(doc, subject, STYLE.label);
  writeText(doc, answer, STYLE.body);
  writeClaimList(doc, 'Dissent', readConflictIds(row, 'dissent'), citations, STYLE.warning);
  writeClaimList(doc, 'Consistent', readConflictIds(row, 'consistent'), citations, STYLE.meta);
  const rationale = explainRow(row, citations);
  if (rationale !== '') writeText(doc, rationale, STYLE.rationale);
  addGap(doc, 0.6);
}

/** "Announced on: 2025-10-31 — only 002 [10] [11]; consistent: 000 says Friday [12], 001 says Friday [13]". */
export function describeSingleSource(row: ConflictRow, citations: CitationNumbers): string {
  const witnesses = describeWitnesses(readConflictIds(row, 'sources'), citations.groups) || 'no source';
  const markers = formatMarkers(readConflictIds(row, 'support'), citations);
  const answer =
    row.member === undefined
      ? `${describeSubject(row)}: ${shortenAnswer(displayConflict(row))}`
      : describeSubject(row);
  const { shown, more } = pickCited(readConflictIds(row, 'consistent'), citations);
  const consistent = shown.map(
    (claim) =>
      `${claim.source} says ${claim.display || displayValue(claim.value)} ${formatMarkers([claim.id], citations)}`,
  );
  if (more > 0) consistent.push(describeMoreClaims(more));
  const tail = consistent.length > 0 ? `; consistent: ${consistent.join(', ')}` : '';
  return `${answer} — only ${witnesses}${markers === '' ? '' : ` ${markers}`}${tail}`;
}

/**
 * Writes the "Disputed and single-source" section: every disputed field or list member with its answer,
 * who supports it, every dissenting claim (value, source, marker, words) and the consistent claims; then
 * one line per single-source field or member with its witness and markers.
 */
export function renderConflicts(doc: Doc, briefing: Briefing, citations: CitationNumbers): void {
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
  for (const row of disputed) renderDisputed(doc, row, citations);
  addGap(doc, 0.3);
  ensureSpace(doc, 60);
  writeText(doc, `Single-source (${single.length})`, STYLE.subheading);
  writeText(doc, 'Facts that only one witness gives (a translation or copy counts once).', STYLE.meta);
  addGap(doc, 0.3);
  if (single.length === 0) writeText(doc, 'No field rests on a single source.', STYLE.body);
  for (const row of single) writeHanging(doc, '•', describeSingleSource(row, citations), STYLE.body);
  addGap(doc, 1);
}
