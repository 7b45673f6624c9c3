import { displayValue, plainValue } from '../display.js';
import type { Claim } from '../schemas/claim.js';
import type { TableColumn } from './table-column.js';

/** The qualifier of a quantity (or of an allocation's quantity); undefined for other values. */
export function readQualifier(claim: Claim): string | undefined {
  const { value } = claim;
  if (value.type === 'quantity') return value.qualifier;
  if (value.type === 'allocation') return value.quantity.qualifier;
  return undefined;
}

/** Columns of the claim table (`claims.csv`, the Evidence sheet): one row per claim. */
export const CLAIM_COLUMNS: readonly TableColumn<Claim>[] = [
  { header: 'id', kind: 'text', read: (c) => c.id },
  { header: 'field', kind: 'text', read: (c) => c.field },
  { header: 'value', kind: 'number', read: (c) => plainValue(c.value) },
  { header: 'display', kind: 'text', read: (c) => (c.display === '' ? displayValue(c.value) : c.display) },
  { header: 'qualifier', kind: 'text', read: (c) => readQualifier(c) },
  { header: 'source', kind: 'text', read: (c) => c.source },
  { header: 'publisher', kind: 'text', read: (c, index) => index.sources.get(c.source)?.record.publisher },
  { header: 'start', kind: 'number', read: (c) => c.citation.start },
  { header: 'end', kind: 'number', read: (c) => c.citation.end },
  { header: 'line', kind: 'number', read: (c) => c.citation.line },
  { header: 'column', kind: 'number', read: (c) => c.citation.column },
  { header: 'exact', kind: 'text', read: (c) => c.citation.exact },
  { header: 'prefix', kind: 'text', read: (c) => c.citation.prefix },
  { header: 'suffix', kind: 'text', read: (c) => c.citation.suffix },
  { header: 'rule', kind: 'text', read: (c) => c.rule },
  { header: 'confidence', kind: 'number', read: (c) => c.confidence },
];
