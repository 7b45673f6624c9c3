import type { Claim, EntityValue, QuantityValue, Value, Weekday } from '@dealbrief/core';
import { foldForMatching } from '@dealbrief/normalize';
import type { GoldClaim } from './gold-schema.js';
import { overlapLength, type TextRange } from './locate-quote.js';
import { foldName, type ResolveGoldEntity } from './resolve-gold-entity.js';

/** A gold claim ready for matching: its source id and where its quote occurs in that source. */
export interface GoldTarget {
  /** Position in the gold file's `claims`. */
  index: number;
  gold: GoldClaim;
  /** The source id (core's `sourceIdFromFile` of `gold.source`). */
  source: string;
  /** Every occurrence of `gold.quote` in the source text (empty when the source or the quote is missing). */
  occurrences: TextRange[];
}

/** A pipeline claim agrees with a gold claim: which quote occurrences its citation overlaps, best first. */
export interface ClaimMatch {
  /** Indices into {@link GoldTarget.occurrences}, by overlap length (longest first), then text order. */
  occurrences: number[];
  /** Code points shared with the best occurrence. */
  overlap: number;
}

/**
 * Does a pipeline claim match a gold claim? Source, field and value must agree (see {@link matchValue})
 * and the claim's citation `[start, end)` must overlap an occurrence of the gold quote. Returns null
 * when it does not match.
 */
export function matchClaim(claim: Claim, target: GoldTarget, resolve: ResolveGoldEntity): ClaimMatch | null {
  if (claim.source !== target.source || claim.field !== target.gold.field) return null;
  if (!matchValue(claim.value, target.gold, resolve)) return null;
  const overlaps = target.occurrences
    .map((range, i) => ({ i, overlap: overlapLength(claim.citation, range) }))
    .filter((o) => o.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.i - b.i);
  const best = overlaps[0];
  if (!best) return null;
  return { occurrences: overlaps.map((o) => o.i), overlap: best.overlap };
}

/**
 * Does a claim's value say what the gold says? By the claim's value type: quantity (and the quantity of
 * an allocation) → same amount and, when the gold has one, the same qualifier; entity → the gold name
 * resolved through the gazetteer has the claim's id (unresolved: same name, case-insensitive); date →
 * same ISO date, or for a `weekday_only` gold claim the same weekday; money → "undisclosed" or the same
 * amount; quote → the speaker, resolved like an entity; text → equal after folding case, whitespace and
 * punctuation.
 */
export function matchValue(value: Value, gold: GoldClaim, resolve: ResolveGoldEntity): boolean {
  switch (value.type) {
    case 'quantity':
      return matchQuantity(value, gold);
    case 'allocation':
      return matchQuantity(value.quantity, gold);
    case 'entity':
      return gold.value !== undefined && matchEntity(value, String(gold.value), resolve);
    case 'quote':
      return gold.speaker !== undefined && matchEntity(value.speaker, gold.speaker, resolve);
    case 'date':
      if ('weekday' in value) {
        return gold.weekday_only !== undefined && weekdayOf(gold.weekday_only) === value.weekday;
      }
      return gold.value !== undefined && value.date === String(gold.value);
    case 'money':
      if ('undisclosed' in value) return gold.value === 'undisclosed';
      return gold.value !== undefined && gold.value !== 'undisclosed' && value.amount === Number(gold.value);
    case 'text':
      return gold.value !== undefined && foldText(value.text) === foldText(String(gold.value));
  }
}

function matchQuantity(value: QuantityValue, gold: GoldClaim): boolean {
  if (gold.value === undefined || value.amount !== Number(gold.value)) return false;
  return gold.qualifier === undefined || gold.qualifier === value.qualifier;
}

function matchEntity(value: EntityValue, name: string, resolve: ResolveGoldEntity): boolean {
  const entity = resolve(name);
  return entity ? entity.id === value.id : foldName(value.name) === foldName(name);
}

/** Text and vocabulary values compare like this: folded, lower case, punctuation and whitespace runs as one space. */
export function foldText(text: string): string {
  return foldForMatching(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[\p{P}\s]+/gu, ' ')
    .trim();
}

const WEEKDAYS: Record<string, Weekday> = {
  monday: 'monday',
  tuesday: 'tuesday',
  wednesday: 'wednesday',
  thursday: 'thursday',
  friday: 'friday',
  saturday: 'saturday',
  sunday: 'sunday',
  montag: 'monday',
  dienstag: 'tuesday',
  mittwoch: 'wednesday',
  donnerstag: 'thursday',
  freitag: 'friday',
  samstag: 'saturday',
  sonnabend: 'saturday',
  sonntag: 'sunday',
  월요일: 'monday',
  화요일: 'tuesday',
  수요일: 'wednesday',
  목요일: 'thursday',
  금요일: 'friday',
  토요일: 'saturday',
  일요일: 'sunday',
};

/** "Friday", "Freitag", "금요일" → "friday"; undefined for anything else. */
export function weekdayOf(name: string): Weekday | undefined {
  return WEEKDAYS[name.trim().toLowerCase()];
}
