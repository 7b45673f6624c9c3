import type { Briefing, Claim, Field, FieldMember, Value } from '@dealbrief/core';
import { displayValue, formatNumber } from '@dealbrief/core';
import { SUMMARY_VALUE_LIMIT } from './limits.js';
import { shortenAnswer } from './shorten-text.js';

/** How many sentences the summary holds at most. */
const MAX_SENTENCES = 6;
/** How many members of a list a sentence names before "and 3 more". */
const MAX_NAMES = 6;

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];

/** "one", "two" … for small counts, digits beyond. */
function countWord(count: number): string {
  return COUNT_WORDS[count] ?? String(count);
}

/** "A", "A and B", "A, B and C"; "A, B, … and 3 more" beyond `max` items. */
export function joinWords(items: readonly string[], max = MAX_NAMES): string {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : [...items];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function isFound(field: Field | undefined): field is Field {
  return (
    field !== undefined && field.status !== 'not-found' && (field.value !== null || field.members.length > 0)
  );
}

function findField(briefing: Briefing, key: string): Field | undefined {
  const field = briefing.fields.find((candidate) => candidate.field === key);
  return isFound(field) ? field : undefined;
}

/** "one source says" / "two sources say". */
function sourcesSay(count: number): string {
  return `${countWord(count)} source${count === 1 ? ' says' : 's say'}`;
}

/**
 * "one source says 250,000 GPUs; two sources say 240,000 GPUs" from dissenting claims, values in order of
 * first appearance. Beyond {@link SUMMARY_VALUE_LIMIT} values, the most widely given ones (by number of
 * sources) and a count of the rest: "…; 578 other values from 601 sources".
 */
function describeDissent(ids: readonly string[], claims: ReadonlyMap<string, Claim>): string {
  const sourcesByValue = new Map<string, Set<string>>();
  for (const id of ids) {
    const claim = claims.get(id);
    if (claim === undefined) continue;
    const value = claim.display || displayValue(claim.value);
    sourcesByValue.set(value, (sourcesByValue.get(value) ?? new Set()).add(claim.source));
  }
  const values = [...sourcesByValue];
  if (values.length <= SUMMARY_VALUE_LIMIT) {
    return values.map(([value, sources]) => `${sourcesSay(sources.size)} ${value}`).join('; ');
  }
  const shown = [...values].sort((a, b) => b[1].size - a[1].size).slice(0, SUMMARY_VALUE_LIMIT);
  const rest = values.filter((entry) => !shown.includes(entry));
  const restSources = new Set(rest.flatMap(([, sources]) => [...sources])).size;
  const others = `${formatNumber(rest.length)} other values from ${countWord(restSources)} source${restSources === 1 ? '' : 's'}`;
  return [...shown.map(([value, sources]) => `${sourcesSay(sources.size)} ${value}`), others].join('; ');
}

/** The answer of a field or member with its status: "260,000 GPUs (disputed: one source says 250,000 GPUs)". */
export function describeWithStatus(
  item: Field | FieldMember,
  text: string,
  claims: ReadonlyMap<string, Claim>,
): string {
  if (item.status === 'single-source') return `${text} (one source)`;
  if (item.status !== 'disputed') return text;
  const dissent = describeDissent(item.dissent, claims);
  return `${text} (disputed${dissent === '' ? '' : `: ${dissent}`})`;
}

function answerOf(item: Field | FieldMember): string {
  const value: Value | null = item.value;
  if (value?.type === 'entity') return value.name;
  return shortenAnswer(item.display || (value === null ? '' : displayValue(value)));
}

/** "Nvidia will supply 260,000 GPUs …, announced 2025-10-31 at the APEC summit in Gyeongju." */
function describeDeal(briefing: Briefing, claims: ReadonlyMap<string, Claim>, headline?: Field): string[] {
  const say = (field: Field): string => describeWithStatus(field, answerOf(field), claims);
  const vendor = findField(briefing, 'vendor');
  const date = findField(briefing, 'announcement_date');
  const event = findField(briefing, 'event');
  let subject: string | undefined;
  if (headline !== undefined && vendor !== undefined) subject = `${say(vendor)} will supply ${say(headline)}`;
  else if (headline !== undefined) subject = `The deal covers ${say(headline)}`;
  else if (vendor !== undefined) subject = `The supplier is ${say(vendor)}`;
  const venue = event === undefined ? findField(briefing, 'venue') : undefined;
  const city = findField(briefing, 'city');
  const where = [
    event === undefined ? '' : ` at the ${say(event)}`,
    venue === undefined ? '' : ` at ${say(venue)}`,
    city === undefined ? '' : ` in ${say(city)}`,
  ].join('');
  const when = date === undefined ? '' : ` ${say(date)}`;
  if (subject === undefined) return when + where === '' ? [] : [`The deal was announced${when}${where}.`];
  return [`${subject}${when + where === '' ? '' : `, announced${when}${where}`}.`];
}

/** Found fields of a value type and cardinality, in briefing order. */
function listFields(briefing: Briefing, type: Value['type'], cardinality: Field['cardinality']): Field[] {
  return briefing.fields.filter(
    (field) =>
      isFound(field) &&
      field.cardinality === cardinality &&
      (cardinality === 'one'
        ? field.value?.type === type
        : field.members.length > 0 && field.members.every((member) => member.value.type === type)),
  );
}

/** "Partner companies: Samsung Electronics, SK Group and LG (one source)" — one list field. */
function describeList(
  field: Field,
  claims: ReadonlyMap<string, Claim>,
  name: (member: FieldMember) => string,
  max = MAX_NAMES,
): string {
  const label = field.label || field.field;
  if (field.members.every((member) => member.status === 'single-source')) {
    return `${label} (one source each): ${joinWords(field.members.map(name), max)}`;
  }
  const members = field.members.map((member) => describeWithStatus(member, name(member), claims));
  return `${label}: ${joinWords(members, max)}`;
}

function describeEntityLists(
  briefing: Briefing,
  claims: ReadonlyMap<string, Claim>,
  people: boolean,
): string[] {
  const lists = listFields(briefing, 'entity', 'many').filter((field) =>
    field.members.every(
      (member) => (member.value.type === 'entity' && member.value.kind === 'person') === people,
    ),
  );
  const parts = lists.map((field) =>
    people
      ? describeList(field, claims, (member) => displayValue(member.value), 3)
      : describeList(field, claims, answerOf),
  );
  return parts.length === 0 ? [] : [`${parts.join('; ')}.`];
}

function describeStatuses(briefing: Briefing): string {
  const count = (status: Field['status']): number =>
    briefing.fields.filter((field) => field.status === status).length;
  const usable = briefing.sources.filter((source) => source.status === 'ok').length;
  const rejected = briefing.sources.length - usable;
  const parts = [
    `${count('agreed')} agreed by independent sources`,
    `${count('single-source')} resting on one source`,
    `${count('disputed')} disputed`,
    `${count('not-found')} not found`,
  ];
  const sources = `${usable} usable source${usable === 1 ? '' : 's'}${rejected > 0 ? ` (${rejected} rejected)` : ''}`;
  return `Of ${briefing.fields.length} field${briefing.fields.length === 1 ? '' : 's'} drawn from ${sources}, ${joinWords(parts, 4)}.`;
}

/**
 * A short executive summary (up to six sentences) built from whichever fields the briefing has, each with
 * its status ("(one source)", "(disputed: one source says …)"). The deal sentence uses the catalogue keys
 * `vendor`, `announcement_date`, `event`, `city`/`venue` and the first single-valued quantity field
 * (`gpu_total` when found); the rest is generic over value types: other quantities, allocations, lists of
 * organisations, people, money, agreements; then a count of fields by status and the fields not found.
 * A disputed answer names at most three dissenting values. `claims` (claim id → claim) may be passed in
 * when the caller has it.
 */
export function summarizeBriefing(
  briefing: Briefing,
  claims: ReadonlyMap<string, Claim> = new Map(briefing.claims.map((claim) => [claim.id, claim])),
): string[] {
  const quantities = listFields(briefing, 'quantity', 'one');
  const headline = findField(briefing, 'gpu_total') ?? quantities[0];
  const say = (field: Field): string =>
    `${field.label || field.field}: ${describeWithStatus(field, answerOf(field), claims)}`;
  const others = quantities.filter((field) => field !== headline).map(say);
  const money = listFields(briefing, 'money', 'one').map(say);
  const agreements = findField(briefing, 'agreements');
  const closing = [
    ...money,
    ...(agreements === undefined ? [] : [describeList(agreements, claims, answerOf)]),
  ];
  const content = [
    ...describeDeal(briefing, claims, headline),
    ...(others.length > 0 ? [`${others.join('; ')}.`] : []),
    ...listFields(briefing, 'allocation', 'many').map(
      (field) => `${describeList(field, claims, (member) => displayValue(member.value).replace(':', ''))}.`,
    ),
    ...describeEntityLists(briefing, claims, false),
    ...(closing.length > 0 ? [`${closing.join('; ')}.`] : []),
    ...describeEntityLists(briefing, claims, true),
  ];
  const sentences = [...content.slice(0, MAX_SENTENCES - 1), describeStatuses(briefing)];
  const missing = briefing.fields.filter((field) => field.status === 'not-found');
  if (missing.length > 0 && sentences.length < MAX_SENTENCES) {
    sentences.push(
      `Not found in any source: ${joinWords(missing.map((field) => field.label || field.field))}.`,
    );
  }
  return sentences.map(capitalize);
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
