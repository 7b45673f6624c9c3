import type { Briefing, Field, FieldMember } from '@dealbrief/core';
import { displayValue } from '@dealbrief/core';
import { type CitationNumbers, formatMarkers } from './number-citations.js';
import { HANG } from './page-style.js';
import { addGap, type Doc, ensureSpace, measureText, STYLE, writeHanging, writeText } from './text-blocks.js';

/** "agreed · confidence 0.92". */
function describeStatus(item: Field | FieldMember): string {
  return `${item.status} · confidence ${item.confidence.toFixed(2)}`;
}

/**
 * One line per distinct (source, value) among claims (dissenting or consistent ones):
 * "003 says 250,000 GPUs [7]".
 */
export function describeClaimValues(claimIds: readonly string[], citations: CitationNumbers): string[] {
  const groups = new Map<string, string[]>();
  for (const id of claimIds) {
    const claim = citations.claims.get(id);
    if (claim === undefined) continue;
    const key = `${claim.source} says ${claim.display || displayValue(claim.value)}`;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  return [...groups].map(([text, ids]) => `${text} ${formatMarkers(ids, citations)}`);
}

/** The value line of a single-valued field. */
function describeValue(field: Field): string {
  if (field.display !== '') return field.display;
  if (field.value !== null) return displayValue(field.value);
  return 'not found';
}

function describeMember(member: FieldMember, citations: CitationNumbers): string {
  const display = member.display || displayValue(member.value);
  const markers = formatMarkers(member.support, citations);
  return `${display} — ${describeStatus(member)}${markers === '' ? '' : ` ${markers}`}`;
}

function describeSupport(field: Field, citations: CitationNumbers): string {
  const parts = [describeStatus(field)];
  if (field.sources.length > 0) parts.push(`sources ${field.sources.join(', ')}`);
  const markers = formatMarkers(field.support, citations);
  if (markers !== '') parts.push(markers);
  return parts.join(' · ');
}

function renderMembers(doc: Doc, field: Field, citations: CitationNumbers): void {
  if (field.members.length === 0) {
    writeText(doc, field.display || 'none found', STYLE.body);
    return;
  }
  for (const member of field.members) {
    writeHanging(doc, '•', describeMember(member, citations), STYLE.body);
    for (const line of describeClaimValues(member.dissent, citations)) {
      writeText(doc, `Dissent: ${line}`, STYLE.warning, HANG);
    }
    for (const line of describeClaimValues(member.consistent, citations)) {
      writeText(doc, `Consistent: ${line}`, STYLE.meta, HANG);
    }
  }
}

function renderField(doc: Doc, field: Field, citations: CitationNumbers): void {
  const support = describeSupport(field, citations);
  const head =
    measureText(doc, field.label || field.field, STYLE.label) +
    measureText(doc, field.members.length > 0 ? 'x' : describeValue(field), STYLE.body) +
    measureText(doc, support, STYLE.meta) +
    measureText(doc, field.rationale, STYLE.rationale);
  ensureSpace(doc, head);
  writeText(doc, field.label || field.field, STYLE.label);
  if (field.cardinality === 'many') renderMembers(doc, field, citations);
  else writeText(doc, describeValue(field), STYLE.body);
  writeText(doc, support, STYLE.meta);
  for (const line of describeClaimValues(field.dissent, citations)) {
    writeText(doc, `Dissent: ${line}`, STYLE.warning);
  }
  for (const line of describeClaimValues(field.consistent, citations)) {
    writeText(doc, `Consistent: ${line}`, STYLE.meta);
  }
  if (field.rationale !== '') writeText(doc, field.rationale, STYLE.rationale);
  addGap(doc, 0.8);
}

/**
 * Writes the "Key facts" section: one entry per field with value, status, citations, dissent, consistent
 * claims and rationale.
 */
export function renderKeyFacts(doc: Doc, briefing: Briefing, citations: CitationNumbers): void {
  writeText(doc, 'Key facts', STYLE.heading);
  addGap(doc, 0.4);
  if (briefing.fields.length === 0) writeText(doc, 'No fields.', STYLE.body);
  for (const field of briefing.fields) renderField(doc, field, citations);
}
