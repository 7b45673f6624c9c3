import type { Language } from '@dealbrief/core';
import { type EntityMention, findQualifier, type NumberMention } from '@dealbrief/normalize';
import { extractAllocations } from './allocation-claims.js';
import { appendDrafts, type DraftClaim } from './claim-factory.js';
import { clauseAround } from './clauses.js';
import { firstMatchAt, hasMatch } from './compile-patterns.js';
import type {
  CompiledField,
  CompiledProfile,
  CompiledQuantityField,
  QuantityUnitFields,
} from './compile-profile.js';
import { findUnit, type UnitEvidence } from './find-unit.js';
import { matchStarts } from './phrase-gate.js';
import { mentionsInClause, numbersIn } from './sentence-facts.js';
import type { SentenceView } from './sentence-view.js';

/** A cue this close (UTF-16 units) to the figure joins its citation. */
const CUE_JOIN_DISTANCE = 40;

/**
 * Words that may follow a bare figure whose noun is left out because a coordinated clause already
 * named it ("About 50,000 units …, while around 200,000 will go to …").
 */
const ELLIPSIS_NEXT: Record<Language, RegExp> = {
  en: /^(?:\s+(?:will|would|are|were|is|was|go|goes|went|to|for|in|of|more|each|have|has|had|remain|shall|should)\b|\s*(?:[.;!?]|,\s|$))/iu,
  de: /^(?:\s+(?:werden|sollen|gehen|gingen|sind|waren|für|an|bleiben|entfallen|davon)\b|\s*(?:[.;!?]|,\s|$))/iu,
  ko: /^\s?(?:은|는|이|가|을|를|와|과|도|씩|여)/u,
};

/*
 * The quantity rule's functions are written with indexed loops over arrays, without `map`/`filter`/`find`
 * callbacks or Map iteration: arrays that `map`/`filter` return change their element kind once the caller
 * is optimised (holey instead of packed), which deoptimised the code reading them ("wrong map"), and each
 * callback or iterator adds to the optimising compile of these long functions.
 */

/** Whether a field may take a figure of the clause: none of its anti-cues is there (asked only of the fields read). */
function isEligible(field: CompiledField, language: Language, clause: string): boolean {
  return !hasMatch(field.antiCues[language], clause);
}

/** Scratch list of the positions where a cue may start in a clause (the rule is not re-entered while it runs). */
const cueStarts: number[] = [];

/** A span of the clause (relative to it). */
interface ClauseSpan {
  start: number;
  end: number;
}

/** The field a figure belongs to, with the cue that chose it (null for the unit's field without cues). */
interface PickedField {
  field: CompiledQuantityField;
  cue: ClauseSpan | null;
}

const NO_MENTIONS: readonly EntityMention[] = [];

/** The first mention of one of `ids`, if any. */
function firstMentionOf(
  mentions: readonly EntityMention[],
  ids: ReadonlySet<string>,
): EntityMention | undefined {
  for (let i = 0; i < mentions.length; i++) if (ids.has(mentions[i]!.id)) return mentions[i];
  return undefined;
}

/**
 * The field a figure of the clause `range` belongs to, with the cue that chose it. A field's cue is the
 * first match of its cue pattern in the clause (as `firstMatch` finds it), else a mention of one of its
 * cue entities. The clause is scanned once with the unit's cue gate, and each field's pattern is tried
 * only where the gate matched: where it does not, no field's cue pattern matches (see
 * QuantityUnitFields).
 *
 * Of the cued fields, those of the highest priority count when it is above 0, else all of them; a
 * single one of them takes the figure if it is eligible.
 */
function pickField(
  unitFields: QuantityUnitFields,
  sentence: SentenceView,
  range: ClauseSpan,
  compiled: CompiledProfile,
): PickedField | null {
  const { fields, cueGate } = unitFields;
  const language = sentence.language;
  const clause = sentence.text.slice(range.start, range.end);
  const mentions = unitFields.hasCueEntities ? mentionsInClause(sentence, range, compiled) : NO_MENTIONS;
  const gate = cueGate[language];
  const startCount = gate === null ? 0 : matchStarts(gate, clause, cueStarts);
  // The cued fields of the best rank met so far, counted as they come: a field's rank is its priority
  // when that is above 0, else 0 (fields of priority 0 or below count as one group).
  let bestRank = -1;
  let count = 0;
  let best: PickedField | null = null;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (!field.hasCues) continue;
    const cue =
      firstMatchAt(field.stickyCues[language], clause, cueStarts, startCount) ??
      firstMentionOf(mentions, field.cueEntities);
    if (cue === undefined) continue;
    const rank = Math.max(0, field.priority);
    if (rank > bestRank) {
      bestRank = rank;
      count = 1;
      best = { field, cue };
    } else if (rank === bestRank) count++;
  }
  if (count === 1 && isEligible(best!.field, language, clause)) return best;
  // No cue, or cues of several fields at once ("to the government and domestic companies"): the
  // figure is the whole, which is the field of this unit that has no cues.
  for (let i = 0; i < fields.length; i++) {
    const whole = fields[i]!;
    if (!whole.hasCues && isEligible(whole, language, clause)) return { field: whole, cue: null };
  }
  return null;
}

/** The label of a figure in a labelled field ("before the deal"), from the words around it. */
function labelFigure(field: CompiledField, sentence: SentenceView, num: NumberMention): string | undefined {
  const { labels } = field;
  if (labels.length === 0) return undefined;
  const window = `${sentence.text.slice(Math.max(0, num.start - 40), num.start)}#${sentence.text.slice(num.end, num.end + 30)}`;
  for (let i = 0; i < labels.length; i++) {
    if (hasMatch(labels[i]!.patterns[sentence.language], window)) return labels[i]!.label;
  }
  return undefined;
}

/** Claims for every quantity and allocation field stated in one sentence. */
export function extractQuantityClaims(sentence: SentenceView, compiled: CompiledProfile): DraftClaim[] {
  const drafts: DraftClaim[] = [];
  if (compiled.quantityFields.length === 0) return drafts;
  const lang = sentence.language;
  const all = numbersIn(sentence);
  const numbers: NumberMention[] = [];
  for (let i = 0; i < all.length; i++) if (all[i]!.kind === 'count') numbers.push(all[i]!);
  // The unit found for each figure (findUnit never finds an ellipsis), and the first of them: the unit a
  // bare figure may take from a coordinated clause ("About 50,000 units …, while around 200,000 will go
  // to …").
  const found: (UnitEvidence | null)[] = [];
  let sibling: UnitEvidence | null = null;
  for (let i = 0; i < numbers.length; i++) {
    const next = i + 1 < numbers.length ? numbers[i + 1]!.start : sentence.text.length;
    const unit = findUnit(sentence, numbers[i]!, next, compiled.unitList);
    sibling ??= unit;
    found.push(unit);
  }
  for (let i = 0; i < numbers.length; i++) {
    const num = numbers[i]!;
    let unit = found[i] as UnitEvidence | null;
    if (unit === null) {
      if (sibling !== null && ELLIPSIS_NEXT[lang].test(sentence.text.slice(num.end))) {
        unit = { unit: sibling.unit, start: num.end, end: num.end, how: 'ellipsis' };
      }
    }
    if (unit === null) continue;
    const unitFields = compiled.quantityByUnit.get(unit.unit);
    if (unitFields === undefined) continue;
    const clause = clauseAround(sentence.text, num.start, lang);
    const qualifier = findQualifier(sentence.text, num, lang);
    const quantity = {
      type: 'quantity' as const,
      amount: num.value,
      unit: unit.unit,
      qualifier: qualifier.qualifier,
    };
    const evidence = {
      start: Math.min(num.start, qualifier.start),
      end: Math.max(num.end, unit.end, qualifier.end),
    };
    if (unitFields.allocationFields.length > 0) {
      const allocations = extractAllocations(
        sentence,
        clause,
        evidence,
        quantity,
        unit.how,
        unitFields.allocationFields,
        compiled,
      );
      if (allocations.length > 0) {
        appendDrafts(drafts, allocations);
        continue;
      }
    }
    const picked = pickField(unitFields, sentence, clause, compiled);
    if (picked === null) continue;
    let { start, end } = evidence;
    if (picked.cue) {
      const cueStart = clause.start + picked.cue.start;
      const cueEnd = clause.start + picked.cue.end;
      if (cueStart >= end && cueStart - end <= CUE_JOIN_DISTANCE) end = cueEnd;
      else if (cueEnd <= start && start - cueEnd <= CUE_JOIN_DISTANCE) start = cueStart;
    }
    const label = labelFigure(picked.field, sentence, num);
    if (picked.field.labels.length > 0 && label === undefined) continue;
    drafts.push({
      field: picked.field.spec.key,
      value: label === undefined ? quantity : { ...quantity, label },
      sentence,
      start,
      end,
      rule: `quantity/${unit.how}${picked.cue ? '+cue' : ''}`,
      confidence: unit.how === 'noun' ? 0.9 : unit.how === 'counter' ? 0.8 : 0.65,
    });
  }
  return drafts;
}
