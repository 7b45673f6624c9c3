import type { Value } from '@dealbrief/core';
import { weekdayOf } from '@dealbrief/normalize';
import { valueKey } from './value-key.js';

/** How a claim's value stands to a candidate answer. */
export type Stance = 'supports' | 'consistent' | 'contradicts';

/** "about" allows this relative distance. */
const ABOUT_TOLERANCE = 0.1;

/**
 * Whether a claim's value supports a candidate answer (states it), is consistent with it without
 * stating it, or contradicts it.
 * - Quantities: the same amount supports, whatever the qualifier ("up to 260,000", "over 260,000"
 *   and "260,000" all state 260,000). A bound is consistent when the answer lies within it: "more
 *   than a quarter-million" with 260,000; "up to 300,000" with 260,000; "about 50,000" within 10%.
 * - Dates: a weekday is consistent when the answer's date falls on it (31 Oct 2025 was a Friday); a
 *   month or year is consistent when the answer's date lies in it.
 * - Everything else: equal values support (entities by gazetteer id), other values contradict.
 */
export function stanceOf(claim: Value, answer: Value): Stance {
  return stanceByKey(claim, valueKey(claim), answer, valueKey(answer));
}

/** {@link stanceOf} with both values' {@link valueKey}s already at hand. */
export function stanceByKey(claim: Value, claimKey: string, answer: Value, answerKey: string): Stance {
  if (claimKey === answerKey) return 'supports';
  if (claim.type === 'quantity' && answer.type === 'quantity' && claim.unit === answer.unit) {
    const a = claim.amount;
    const v = answer.amount;
    const within =
      ((claim.qualifier === 'more_than' || claim.qualifier === 'at_least') && a < v) ||
      (claim.qualifier === 'up_to' && a > v) ||
      (claim.qualifier === 'about' && Math.abs(v - a) <= ABOUT_TOLERANCE * a);
    return within ? 'consistent' : 'contradicts';
  }
  if (claim.type === 'date' && answer.type === 'date' && 'date' in answer) {
    if ('weekday' in claim)
      return answer.precision === 'day' && weekdayOf(answer.date) === claim.weekday
        ? 'consistent'
        : 'contradicts';
    if (claim.precision !== 'day' && answer.date.startsWith(claim.date)) return 'consistent';
  }
  return 'contradicts';
}

/** True when a value can stand as an answer (a weekday or a bare month cannot where a day is stated). */
export function isCandidate(value: Value, all: readonly Value[]): boolean {
  return canStand(value, all.some(isDayDate));
}

/** A date to the day. */
export function isDayDate(value: Value): boolean {
  return value.type === 'date' && 'date' in value && value.precision === 'day';
}

/** {@link isCandidate} when it is known whether any of the values is a date to the day. */
export function canStand(value: Value, anyDayDate: boolean): boolean {
  return value.type !== 'date' || !anyDayDate || isDayDate(value);
}
