import type { Language } from '@dealbrief/core';
import { findQualifier, type NumberMention } from '@dealbrief/normalize';
import { extractAllocations } from './allocation-claims.js';
import type { DraftClaim } from './claim-factory.js';
import { clauseAround } from './clauses.js';
import { findAll, firstMatch, firstMatchAt, hasMatch, matchStarts } from './compile-patterns.js';
import type {
  CompiledField,
  CompiledProfile,
  CompiledQuantityField,
  CompiledUnit,
  QuantityUnitFields,
} from './compile-profile.js';
import { mentionsInClause, numbersIn, paragraphHasMatch } from './sentence-facts.js';
import type { SentenceView } from './sentence-view.js';

/** How a counted noun was found for a number. */
interface UnitEvidence {
  unit: string;
  start: number;
  end: number;
  how: 'noun' | 'counter' | 'ellipsis';
}

/** Words at most this far after a number may still be its noun ("260,000 of Nvidia's latest GPUs"). */
const MAX_WORDS_TO_NOUN = 7;
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

const CLAUSE_PUNCT = /[,;:.!?]/u;

/** Between a noun and a later figure: a counting noun and a short link ("count to above", "-Bestand auf"). */
const COUNTING_GAP =
  /^-?(?:\s*(?:count|number|total|stock|base|capacity|fleet|inventory|Bestand|Zahl|Anzahl|Kapazität))(?:\s+[\p{L}']+){0,3}\s+$/iu;

/** The first match in the window when only words stand before it (few of them outside Korean). */
function firstMatchAfter(
  re: RegExp | null,
  window: string,
  language: Language,
): { start: number; end: number } | null {
  const m = firstMatch(re, window);
  if (m === undefined) return null;
  const gap = window.slice(0, m.start);
  if (CLAUSE_PUNCT.test(gap)) return null;
  if (language === 'ko') return /^\s?$/u.test(gap) ? m : null;
  const words = gap.trim() === '' ? 0 : gap.trim().split(/\s+/u).length;
  return words <= MAX_WORDS_TO_NOUN ? m : null;
}

function findUnit(
  sentence: SentenceView,
  num: NumberMention,
  nextNumberStart: number,
  units: Map<string, CompiledUnit>,
): UnitEvidence | null {
  const lang = sentence.language;
  const windowEnd = Math.min(nextNumberStart, num.end + 90);
  const window = sentence.text.slice(num.end, windowEnd);
  for (const [unit, compiled] of units) {
    const noun = firstMatchAfter(compiled.nouns[lang], window, lang);
    if (noun) return { unit, start: num.end + noun.start, end: num.end + noun.end, how: 'noun' };
  }
  for (const [unit, compiled] of units) {
    const counter = firstMatchAfter(compiled.counters[lang], window, lang);
    if (counter && paragraphHasMatch(sentence, compiled.nouns[lang])) {
      return { unit, start: num.end + counter.start, end: num.end + counter.end, how: 'counter' };
    }
  }
  if (lang !== 'ko') {
    // English and German may name the thing before the figure through a counting noun:
    // "the nation's AI GPU count to above 300,000", "den GPU-Bestand auf 300.000".
    const before = sentence.text.slice(Math.max(0, num.start - 50), num.start);
    for (const [unit, compiled] of units) {
      const nouns = findAll(compiled.nouns[lang], before);
      const last = nouns[nouns.length - 1];
      if (last && COUNTING_GAP.test(before.slice(last.end))) {
        const offset = num.start - before.length;
        return { unit, start: offset + last.start, end: offset + last.end, how: 'noun' };
      }
    }
  }
  if (lang === 'ko') {
    // Korean may name the thing right before the figure: "GPU 26만을".
    const before = sentence.text.slice(Math.max(0, num.start - 12), num.start);
    for (const [unit, compiled] of units) {
      const nouns = findAll(compiled.nouns.ko, before);
      const last = nouns[nouns.length - 1];
      if (last && /^[\s()A-Za-z]*$/u.test(before.slice(last.end))) {
        const offset = num.start - before.length;
        return { unit, start: offset + last.start, end: offset + last.end, how: 'noun' };
      }
    }
  }
  return null;
}

/** Whether a field may take a figure of the clause: none of its anti-cues is there (asked only of the fields read). */
function isEligible(field: CompiledField, language: Language, clause: string): boolean {
  return !hasMatch(field.antiCues[language], clause);
}

/** Scratch list of the positions where a cue may start in a clause (the rule is not re-entered while it runs). */
const cueStarts: number[] = [];

/**
 * The field a figure of the clause `range` belongs to, with the cue that chose it. A field's cue is the
 * first match of its cue pattern in the clause (as `firstMatch` finds it), else a mention of one of its
 * cue entities. The clause is scanned once with the unit's cue gate, and each field's pattern is tried
 * only where the gate matched: where it does not, no field's cue pattern matches (see
 * QuantityUnitFields).
 */
function pickField(
  unitFields: QuantityUnitFields,
  sentence: SentenceView,
  range: { start: number; end: number },
  compiled: CompiledProfile,
): { field: CompiledQuantityField; cue: { start: number; end: number } | null } | null {
  const { fields, cueGate } = unitFields;
  const language = sentence.language;
  const clause = sentence.text.slice(range.start, range.end);
  let cued: { field: CompiledQuantityField; cue: { start: number; end: number } }[] = [];
  const mentions = fields.some((f) => f.cueEntities.size > 0)
    ? mentionsInClause(sentence, range, compiled)
    : [];
  const gate = cueGate[language];
  const startCount = gate === null ? 0 : matchStarts(gate, clause, cueStarts);
  for (const field of fields) {
    if (!field.hasCues) continue;
    const cue =
      firstMatchAt(field.stickyCues[language], clause, cueStarts, startCount) ??
      mentions.find((m) => field.cueEntities.has(m.id));
    if (cue) cued.push({ field, cue });
  }
  const top = Math.max(0, ...cued.map((c) => c.field.priority));
  if (top > 0) cued = cued.filter((c) => c.field.priority === top);
  if (cued.length === 1 && isEligible(cued[0]!.field, language, clause)) return cued[0]!;
  // No cue, or cues of several fields at once ("to the government and domestic companies"): the
  // figure is the whole, which is the field of this unit that has no cues.
  const whole = fields.find((f) => !f.hasCues && isEligible(f, language, clause));
  return whole ? { field: whole, cue: null } : null;
}

/** The label of a figure in a labelled field ("before the deal"), from the words around it. */
function labelFigure(field: CompiledField, sentence: SentenceView, num: NumberMention): string | undefined {
  const window = `${sentence.text.slice(Math.max(0, num.start - 40), num.start)}#${sentence.text.slice(num.end, num.end + 30)}`;
  return field.labels.find((l) => hasMatch(l.patterns[sentence.language], window))?.label;
}

/** Claims for every quantity and allocation field stated in one sentence. */
export function extractQuantityClaims(sentence: SentenceView, compiled: CompiledProfile): DraftClaim[] {
  if (compiled.quantityFields.length === 0) return [];
  const lang = sentence.language;
  const numbers = numbersIn(sentence).filter((n) => n.kind === 'count');
  const withUnits = numbers.map((num, i) => ({
    num,
    unit: findUnit(sentence, num, numbers[i + 1]?.start ?? sentence.text.length, compiled.units),
  }));
  const drafts: DraftClaim[] = [];
  for (const { num, unit: found } of withUnits) {
    let unit = found;
    if (unit === null) {
      const sibling = withUnits.find((w) => w.unit !== null && w.unit.how !== 'ellipsis');
      if (sibling?.unit && ELLIPSIS_NEXT[lang].test(sentence.text.slice(num.end))) {
        unit = { unit: sibling.unit.unit, start: num.end, end: num.end, how: 'ellipsis' };
      }
    }
    if (unit === null) continue;
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
    const allocations = extractAllocations(sentence, clause, evidence, quantity, unit.how, compiled);
    if (allocations.length > 0) {
      drafts.push(...allocations);
      continue;
    }
    const unitFields = compiled.quantityByUnit.get(unit.unit);
    if (unitFields === undefined) continue;
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
