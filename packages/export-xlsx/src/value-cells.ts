import type { Value } from '@dealbrief/core';

/** Number format of amounts: thousands separators, no decimals. */
export const AMOUNT_FORMAT = '#,##0';
/** Number format of amounts with a fraction. */
export const FRACTION_FORMAT = '#,##0.00';
/** Number format of a date with day precision. */
export const DATE_FORMAT = 'yyyy-mm-dd';

const PRECISION_FORMATS = { day: DATE_FORMAT, month: 'yyyy-mm', year: 'yyyy' } as const;

/** A date cell: the day as a `Date` at UTC midnight and the number format its precision calls for. */
export interface DateCell {
  date: Date;
  numFmt: string;
}

/**
 * The amount of a value as a number: a quantity's, an allocation's quantity's, or a disclosed money
 * amount; `undefined` for any other value (and for none).
 */
export function readAmount(value: Value | null | undefined): number | undefined {
  switch (value?.type) {
    case 'quantity':
      return value.amount;
    case 'allocation':
      return value.quantity.amount;
    case 'money':
      return 'amount' in value ? value.amount : undefined;
    default:
      return undefined;
  }
}

/** The number format of an amount: `#,##0`, or `#,##0.00` when it has a fraction. */
export function selectAmountFormat(amount: number | undefined): string {
  return amount === undefined || Number.isInteger(amount) ? AMOUNT_FORMAT : FRACTION_FORMAT;
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` to a UTC-midnight `Date` (month and day default to the
 * first) with its format (`yyyy`, `yyyy-mm`, `yyyy-mm-dd`); `undefined` for anything else or an
 * impossible day. exceljs turns the `Date` into a serial number from its UTC time, so the cell does
 * not depend on the time zone.
 */
export function parseDateCell(text: string | undefined): DateCell | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text ?? '');
  if (match === null) return undefined;
  const [, year, month, day] = match;
  const date = new Date(`${year}-${month ?? '01'}-${day ?? '01'}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day ?? '01')) return undefined;
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { date, numFmt: PRECISION_FORMATS[precision] };
}

/** The date of a date value with a calendar date (not a bare weekday) as a {@link DateCell}. */
export function readDateCell(value: Value | null | undefined): DateCell | undefined {
  if (value?.type !== 'date' || !('date' in value)) return undefined;
  return parseDateCell(value.date);
}
