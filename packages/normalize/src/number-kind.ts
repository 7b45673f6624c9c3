/** What a number mention is: a count of things, or something that is not a count. */
export type NumberKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'year'
  | 'date'
  | 'ordinal'
  | 'phone'
  | 'model'
  | 'other';

/** One number expression found in a text. Offsets are UTF-16 indices into the string searched. */
export interface NumberMention {
  /** Start of the whole expression, e.g. of "a quarter-million", "260,000", "26만", "$5 trillion". */
  start: number;
  /** End (exclusive) of the expression; counters ("장", "GPUs") are not part of it, currencies and "%" are. */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /** The value: 260000 for "260,000", 1.48e13 for "14조8000억 원", 5 for "5%", 31 for the day in "Oct. 31". */
  value: number;
  kind: NumberKind;
  /** ISO 4217 code for money: KRW, USD, EUR, GBP, JPY or CNY. */
  currency?: string;
}
