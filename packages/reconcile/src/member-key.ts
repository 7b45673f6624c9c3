import type { Value } from '@dealbrief/core';
import { valueKey } from './value-key.js';

/**
 * Which member of a list field a value is about. Claims about one member are judged together, so
 * they can support or contradict each other: an allocation is about its recipient (Samsung's 50,000
 * and Samsung's 40,000 disagree), a labelled quantity about its label ("before the deal"), anything
 * else about its own value (each partner, each quote).
 */
export function memberKey(value: Value): string {
  if (value.type === 'allocation') return `recipient:${value.recipient.id}`;
  if (value.type === 'quantity' && value.label !== undefined) return `label:${value.label}`;
  return valueKey(value);
}
