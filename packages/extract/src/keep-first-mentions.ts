import type { Value } from '@dealbrief/core';
import type { DraftClaim } from './claim-factory.js';

/**
 * The kind of value under which repeated statements count once (a weekday and a date apart), or null
 * when every statement counts (quantities, allocations, quotes).
 */
function repeatKind(value: Value): string | null {
  switch (value.type) {
    case 'entity':
    case 'text':
    case 'money':
      return value.type;
    case 'date':
      return 'weekday' in value ? 'weekday' : 'date';
    default:
      return null;
  }
}

/** The value's key within its {@link repeatKind}: a string the value holds, built only for money. */
function repeatKey(value: Value): string {
  switch (value.type) {
    case 'entity':
      return value.id;
    case 'text':
      return value.text;
    case 'date':
      return 'weekday' in value ? value.weekday : value.date;
    case 'money':
      return 'undisclosed' in value ? 'undisclosed' : `${value.currency}:${value.amount}`;
    default:
      return '';
  }
}

/** The mention kept for one field, language and kind of a value key; slots of one key are chained. */
interface Slot {
  field: string;
  language: string;
  kind: string;
  draft: DraftClaim;
  next: Slot | undefined;
}

/**
 * One claim per value per field and language in a document: a list member or a date named again later
 * in the same language adds no evidence. The better-evidenced mention (higher confidence) wins, then
 * the first. Quantities, allocations and quotes are kept as they are, first; the kept mentions follow
 * in the order their values were first seen. Slots are found by the value's key (a string the draft
 * already holds), then along the few slots of that key, so no key string is built per draft.
 */
export function keepFirstMentions(drafts: DraftClaim[]): DraftClaim[] {
  const byKey = new Map<string, Slot>();
  const kept: Slot[] = [];
  const out: DraftClaim[] = [];
  for (const draft of drafts) {
    const kind = repeatKind(draft.value);
    if (kind === null) {
      out.push(draft);
      continue;
    }
    const { field } = draft;
    const { language } = draft.sentence;
    const key = repeatKey(draft.value);
    const head = byKey.get(key);
    let slot = head;
    while (slot !== undefined && !(slot.field === field && slot.language === language && slot.kind === kind))
      slot = slot.next;
    if (slot === undefined) {
      slot = { field, language, kind, draft, next: head };
      byKey.set(key, slot);
      kept.push(slot);
    } else if (draft.confidence > slot.draft.confidence) slot.draft = draft;
  }
  for (const slot of kept) out.push(slot.draft);
  return out;
}
