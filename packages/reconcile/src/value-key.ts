import type { Value } from '@dealbrief/core';

/**
 * The key under which claims count as stating the same value. Quantities agree on amount and unit
 * whatever their qualifier ("up to 260,000" and "over 260,000" both state 260,000; the qualifiers go
 * into the rationale), entities agree on their gazetteer id, dates on the date, text case-insensitively.
 */
export function valueKey(value: Value): string {
  switch (value.type) {
    case 'quantity':
      return `quantity:${value.unit}:${value.amount}`;
    case 'money':
      return 'undisclosed' in value ? 'money:undisclosed' : `money:${value.currency}:${value.amount}`;
    case 'date':
      return 'weekday' in value ? `weekday:${value.weekday}` : `date:${value.date}`;
    case 'entity':
      return `entity:${value.id}`;
    case 'allocation':
      return `allocation:${value.recipient.id}:${value.quantity.unit}:${value.quantity.amount}`;
    case 'quote':
      return `quote:${value.speaker.id}:${value.text.toLowerCase()}`;
    case 'text':
      return `text:${value.text.trim().toLowerCase()}`;
  }
}
