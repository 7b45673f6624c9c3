import type { Claim } from '../schemas/claim.js';
import type { Field, FieldMember, FieldStatus } from '../schemas/field.js';
import type { QuoteValue } from '../schemas/value.js';
import { collectFieldIds } from './field-columns.js';
import type { TableColumn } from './table-column.js';

/** One row of the quotes table: a quote claim, with the list member (or field) it supports. */
export interface QuoteRow {
  claim: Claim;
  quote: QuoteValue;
  /** The field the claim belongs to (`quotes`), if the briefing has it. */
  field: Field | undefined;
  /** The member of that field whose `support` holds the claim, if any. */
  member: FieldMember | undefined;
}

function readQuote(claim: Claim): QuoteValue | undefined {
  return claim.value.type === 'quote' ? claim.value : undefined;
}

/** Where a field's lists name a claim: looked up in a set or map instead of scanning every list per claim. */
interface FieldLookup {
  /** Claim id → the first member whose `support` names it. */
  supportingMember: ReadonlyMap<string, FieldMember>;
  /** The field's own `support`. */
  support: ReadonlySet<string>;
  /** The field's `dissent` and its members'. */
  dissent: ReadonlySet<string>;
}

/** One lookup per field object: a briefing's fields are data, read as they are when first looked up. */
const lookups = new WeakMap<Field, FieldLookup>();

function lookUpField(field: Field): FieldLookup {
  let lookup = lookups.get(field);
  if (lookup === undefined) {
    const supportingMember = new Map<string, FieldMember>();
    for (const member of field.members) {
      for (const id of member.support) if (!supportingMember.has(id)) supportingMember.set(id, member);
    }
    lookup = {
      supportingMember,
      support: new Set(field.support),
      dissent: new Set(collectFieldIds(field, 'dissent')),
    };
    lookups.set(field, lookup);
  }
  return lookup;
}

/**
 * Lists the rows of the quotes table: one per claim whose value is a quote, in the order of
 * `briefing.claims` (pass the claims in another order to get the rows in that order). Each row carries the claim's field and the first member of that field whose
 * `support` names the claim.
 */
export function listQuoteRows(briefing: {
  readonly claims: readonly Claim[];
  readonly fields: readonly Field[];
}): QuoteRow[] {
  const fields = new Map<string, Field>();
  for (const field of briefing.fields) if (!fields.has(field.field)) fields.set(field.field, field);
  const rows: QuoteRow[] = [];
  for (const claim of briefing.claims) {
    const quote = readQuote(claim);
    if (quote === undefined) continue;
    const field = fields.get(claim.field);
    const member = field === undefined ? undefined : lookUpField(field).supportingMember.get(claim.id);
    rows.push({ claim, quote, field, member });
  }
  return rows;
}

/**
 * The status the briefing gives a quote: its member's status; the field's own status when the field
 * (not a member) lists the claim in its `support`; `dissent` when the field or a member lists it as
 * dissenting; `undefined` when the briefing does not use the claim.
 */
export function readQuoteStatus(row: QuoteRow): FieldStatus | 'dissent' | undefined {
  const { claim, field, member } = row;
  if (member !== undefined) return member.status;
  if (field === undefined) return undefined;
  const lookup = lookUpField(field);
  if (lookup.support.has(claim.id)) return field.status;
  return lookup.dissent.has(claim.id) ? 'dissent' : undefined;
}

/** Formats a claim's position for people: `L2:56` (1-based line and column). */
export function formatQuoteLocation(claim: Claim): string {
  return `L${claim.citation.line}:${claim.citation.column}`;
}

/**
 * Columns of the quotes table (the Quotes sheet): one row per quote claim. `claim` is the claim id to
 * look up in the claim table, `location` its line and column (`L2:56`), `status` the status of its
 * member in the `quotes` field (see {@link readQuoteStatus}).
 */
export const QUOTE_COLUMNS: readonly TableColumn<QuoteRow>[] = [
  { header: 'claim', kind: 'text', read: (r) => r.claim.id },
  { header: 'speaker', kind: 'text', read: (r) => r.quote.speaker.name },
  { header: 'role', kind: 'text', read: (r) => r.quote.speaker.role },
  { header: 'quote', kind: 'text', read: (r) => r.quote.text },
  { header: 'source', kind: 'text', read: (r) => r.claim.source },
  {
    header: 'publisher',
    kind: 'text',
    read: (r, index) => index.sources.get(r.claim.source)?.record.publisher,
  },
  { header: 'location', kind: 'text', read: (r) => formatQuoteLocation(r.claim) },
  { header: 'status', kind: 'text', read: (r) => readQuoteStatus(r) },
  { header: 'confidence', kind: 'number', read: (r) => r.claim.confidence },
];
