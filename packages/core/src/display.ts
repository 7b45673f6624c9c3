import type { Qualifier, Value } from './schemas/value.js';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  up_to: 'up to ',
  more_than: 'more than ',
  at_least: 'at least ',
  about: 'about ',
};

/** English words for a qualifier, with a trailing space ("" for exact). */
export function qualifierPrefix(qualifier: Qualifier): string {
  return QUALIFIER_WORDS[qualifier];
}

/** Formats a number with English thousands separators (deterministic, locale-independent). */
export function formatNumber(amount: number): string {
  const [int, frac] = String(amount).split('.');
  const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function plural(unit: string, amount: number): string {
  if (unit === '' || amount === 1) return unit;
  return /[^aeiou]y$/i.test(unit) ? `${unit.slice(0, -1)}ies` : /s$/i.test(unit) ? unit : `${unit}s`;
}

/** A value written for people in English, e.g. "up to 260,000 GPUs" or "Samsung Electronics". */
export function displayValue(value: Value): string {
  switch (value.type) {
    case 'quantity':
      return `${qualifierPrefix(value.qualifier)}${formatNumber(value.amount)} ${plural(value.unit, value.amount)}`.trim();
    case 'money':
      return 'undisclosed' in value ? 'undisclosed' : `${value.currency} ${formatNumber(value.amount)}`;
    case 'date':
      return 'weekday' in value ? value.weekday[0]!.toUpperCase() + value.weekday.slice(1) : value.date;
    case 'entity':
      return value.role ? `${value.name} (${value.role})` : value.name;
    case 'allocation':
      return `${value.recipient.name}: ${displayValue(value.quantity)}`;
    case 'quote':
      return `${value.speaker.name}: “${value.text}”`;
    case 'text':
      return value.text;
  }
}

/**
 * A value in its plain, machine-readable form for one table cell: a quantity's or money's amount as a
 * number, a date as YYYY-MM-DD (or the weekday), an entity's name, a quote's or text's words;
 * "undisclosed" for undisclosed money, "<recipient>: <amount>" for an allocation.
 */
export function plainValue(value: Value): string | number {
  switch (value.type) {
    case 'quantity':
      return value.amount;
    case 'money':
      return 'undisclosed' in value ? 'undisclosed' : value.amount;
    case 'date':
      return 'weekday' in value ? value.weekday : value.date;
    case 'entity':
      return value.name;
    case 'allocation':
      return `${value.recipient.name}: ${value.quantity.amount}`;
    case 'quote':
      return value.text;
    case 'text':
      return value.text;
  }
}
