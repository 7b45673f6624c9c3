import type { Briefing, Field, FieldMember } from '@dealbrief/core';
import { displayValue } from '@dealbrief/core';
import { type CellBlock, drawTable, type TableColumn, type TableRow } from './draw-table.js';
import { EVIDENCE_POINTER, NAME_LIMIT } from './limits.js';
import { type CitationNumbers, formatMarkers, pickCited } from './number-citations.js';
import { describeMoreClaims, joinWithMore, shortenAnswer, shortenRationale } from './shorten-text.js';
import { detectLanguage } from './tag-structure.js';
import { addGap, type Doc, STYLE, writeText } from './text-blocks.js';

/** The heading of the section, exactly as it appears in the PDF. */
export const KEY_FACTS_HEADING = 'Key facts';

const COLUMNS: readonly TableColumn[] = [
  { header: 'Field', share: 0.22 },
  { header: 'Answer', share: 0.4 },
  { header: 'Status · confidence', share: 0.18 },
  { header: 'Citations', share: 0.2 },
];

/** The status cell: "agreed" above "confidence 0.92". */
function describeStatus(item: Field | FieldMember): CellBlock[] {
  return [block(item.status, STYLE.cell), block(`confidence ${item.confidence.toFixed(2)}`, STYLE.meta)];
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
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [id]);
    else group.push(id);
  }
  return [...groups].map(([text, ids]) => `${text} ${formatMarkers(ids, citations)}`);
}

/** The value line of a single-valued field. */
function describeValue(field: Field): string {
  if (field.display !== '') return shortenAnswer(field.display);
  if (field.value !== null) return shortenAnswer(displayValue(field.value));
  return 'not found';
}

function block(text: string, style: CellBlock['style']): CellBlock {
  return { text, style, lang: detectLanguage(text, undefined) };
}

/**
 * The notes on one list of claims ("Dissent", "Consistent"): one line per distinct (source, value) among
 * the claims the PDF cites, then, when it leaves some out, "Dissent: 880 more claims — claims.csv and the
 * XLSX Evidence sheet list every claim".
 */
function describeClaimList(
  label: string,
  ids: readonly string[],
  citations: CitationNumbers,
  style: CellBlock['style'],
): CellBlock[] {
  const { shown, more } = pickCited(ids, citations);
  const lines = describeClaimValues(
    shown.map((claim) => claim.id),
    citations,
  ).map((line) => block(`${label}: ${line}`, style));
  if (more > 0) {
    lines.push(block(`${label}: ${describeMoreClaims(more)} — ${EVIDENCE_POINTER}`, style));
  }
  return lines;
}

/** Dissent and consistent claims of a field or member, as notes beneath its row. */
function describeEvidence(item: Field | FieldMember, citations: CitationNumbers): CellBlock[] {
  return [
    ...describeClaimList('Dissent', item.dissent, citations, STYLE.warning),
    ...describeClaimList('Consistent', item.consistent, citations, STYLE.meta),
  ];
}

function describeMarkers(ids: readonly string[], citations: CitationNumbers): CellBlock[] {
  const markers = formatMarkers(ids, citations);
  return markers === '' ? [] : [block(markers, STYLE.cell)];
}

function describeSources(field: Field): CellBlock[] {
  if (field.sources.length === 0) return [];
  return [block(`sources ${joinWithMore(field.sources, NAME_LIMIT)}`, STYLE.meta)];
}

function describeRationale(field: Field): CellBlock[] {
  return field.rationale === '' ? [] : [block(shortenRationale(field.rationale), STYLE.rationale)];
}

/** A single-valued field: one row, its dissent, consistent claims and rationale beneath. */
function listSingleRows(field: Field, citations: CitationNumbers): TableRow[] {
  const label = field.label || field.field;
  return [
    {
      cells: [
        [block(label, STYLE.cellLabel)],
        [block(describeValue(field), STYLE.cell)],
        describeStatus(field),
        [...describeMarkers(field.support, citations), ...describeSources(field)],
      ],
      notes: [...describeEvidence(field, citations), ...describeRationale(field)],
    },
  ];
}

/** A list field: a row with its label and status, then one row per member; the rationale last. */
function listMemberRows(field: Field, citations: CitationNumbers): TableRow[] {
  const count = field.members.length;
  const summary =
    count === 0 ? shortenAnswer(field.display) || 'none found' : `${count} member${count === 1 ? '' : 's'}:`;
  const head: TableRow = {
    cells: [
      [block(field.label || field.field, STYLE.cellLabel)],
      [block(summary, count === 0 ? STYLE.cell : STYLE.meta)],
      describeStatus(field),
      describeSources(field),
    ],
    notes: count === 0 ? [...describeEvidence(field, citations), ...describeRationale(field)] : [],
  };
  const members = field.members.map((member, index): TableRow => {
    const notes = [...describeEvidence(member, citations)];
    if (index === count - 1) notes.push(...describeEvidence(field, citations), ...describeRationale(field));
    return {
      cells: [
        [],
        [block(`• ${shortenAnswer(member.display || displayValue(member.value))}`, STYLE.cell)],
        describeStatus(member),
        describeMarkers(member.support, citations),
      ],
      notes,
      continues: true,
    };
  });
  return [head, ...members];
}

/**
 * Writes the "Key facts" section as a table (field | answer | status · confidence | citations): one row
 * per single-valued field and per member of a list field, with the numbered citation markers and source
 * ids; dissent, consistent claims and the rationale in small type beneath each field.
 */
export function renderKeyFacts(doc: Doc, briefing: Briefing, citations: CitationNumbers): void {
  writeText(doc, KEY_FACTS_HEADING, STYLE.heading);
  addGap(doc, 0.4);
  if (briefing.fields.length === 0) {
    writeText(doc, 'No fields.', STYLE.body);
    return;
  }
  const rows = briefing.fields.flatMap((field) =>
    field.cardinality === 'many' ? listMemberRows(field, citations) : listSingleRows(field, citations),
  );
  drawTable(doc, COLUMNS, rows);
  addGap(doc, 1);
}
