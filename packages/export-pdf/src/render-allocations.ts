import type { AllocationValue, Briefing, Field, FieldMember } from '@dealbrief/core';
import { displayValue, formatNumber, qualifierPrefix } from '@dealbrief/core';
import { type Bar, drawBarChart, measureBarChart } from './draw-bar-chart.js';
import { drawTable, type TableRow } from './draw-table.js';
import { type CitationNumbers, formatMarkers } from './number-citations.js';
import { addGap, type Doc, ensureSpace, STYLE, writeText } from './text-blocks.js';

/** The heading of the section, exactly as it appears in the PDF. */
export const ALLOCATIONS_HEADING = 'Allocations';

interface Allocation {
  member: FieldMember;
  value: AllocationValue;
}

function listAllocations(field: Field): Allocation[] {
  return field.members.flatMap((member) =>
    member.value.type === 'allocation' ? [{ member, value: member.value }] : [],
  );
}

/** Fields whose members are allocations (recipient + quantity), when they have any. */
export function findAllocationFields(briefing: Briefing): Field[] {
  return briefing.fields.filter(
    (field) => field.members.length > 0 && listAllocations(field).length === field.members.length,
  );
}

/** "GPUs" for the unit "GPU": the column header of the amounts. */
function pluralUnit(unit: string): string {
  if (unit === '') return 'Amount';
  return /s$/i.test(unit) ? unit : `${unit}s`;
}

function listRows(allocations: readonly Allocation[], citations: CitationNumbers): TableRow[] {
  return allocations.map(({ member, value }) => ({
    cells: [
      [{ text: value.recipient.name, style: STYLE.cellLabel }],
      [{ text: displayValue(value.quantity), style: STYLE.cell }],
      [
        { text: member.status, style: STYLE.cell },
        { text: `confidence ${member.confidence.toFixed(2)}`, style: STYLE.meta },
      ],
      [{ text: formatMarkers(member.support, citations), style: STYLE.cell }],
    ],
  }));
}

function renderField(doc: Doc, field: Field, citations: CitationNumbers): void {
  const allocations = listAllocations(field);
  const unit = pluralUnit(allocations[0]?.value.quantity.unit ?? '');
  ensureSpace(doc, 60);
  writeText(doc, field.label || field.field, STYLE.subheading);
  addGap(doc, 0.3);
  const columns = [
    { header: 'Recipient', share: 0.3 },
    { header: unit, share: 0.28 },
    { header: 'Status · confidence', share: 0.22 },
    { header: 'Citations', share: 0.2 },
  ];
  drawTable(doc, columns, listRows(allocations, citations));
  addGap(doc, 0.6);
  const title = `${unit} by recipient`;
  const bars: Bar[] = allocations.map(({ value }) => ({
    label: value.recipient.name,
    amount: value.quantity.amount,
    text: `${qualifierPrefix(value.quantity.qualifier)}${formatNumber(value.quantity.amount)}`,
  }));
  ensureSpace(doc, measureBarChart(bars.length) + 20);
  writeText(doc, `${title} (bar length to scale; “up to” figures drawn at their bound)`, STYLE.meta);
  drawBarChart(doc, bars, title);
  addGap(doc, 1);
}

/**
 * Writes the "Allocations" section when a field holds allocation members: per field a table (recipient |
 * amount | status · confidence | citations) and a horizontal bar chart of the amounts by recipient.
 * Writes nothing when no allocation is known.
 */
export function renderAllocations(doc: Doc, briefing: Briefing, citations: CitationNumbers): void {
  const fields = findAllocationFields(briefing);
  if (fields.length === 0) return;
  ensureSpace(doc, 120);
  writeText(doc, ALLOCATIONS_HEADING, STYLE.heading);
  addGap(doc, 0.4);
  for (const field of fields) renderField(doc, field, citations);
}
