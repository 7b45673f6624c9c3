import type { Language } from '@dealbrief/core';
import { type EntityMention, isTitleWord } from '@dealbrief/normalize';
import type { DraftClaim } from './claim-factory.js';
import type { CompiledProfile } from './compile-profile.js';
import type { SentenceView } from './sentence-view.js';

/** What may stand between two members of an enumeration ("A, B and C", "A und B", "A와 B", "A·B"). */
const LIST_GAP: Record<Language, RegExp> = {
  en: /^(?:\s*,\s*(?:and\s+|as well as\s+|or\s+)?|\s+(?:and|&|or|as well as)\s+|\s*\/\s*)$/iu,
  de: /^(?:\s*,\s*(?:und\s+|sowie\s+|oder\s+)?|\s+(?:und|&|sowie|oder)\s+|\s*\/\s*)$/iu,
  ko: /^(?:\s*[,，、·ㆍ]\s*|(?:와|과|및|,)\s*|\s+(?:및|그리고)\s+|\s+)$/u,
};

/** True when a title follows the mention, so it names a person's employer, not a list member. */
function isFollowedByTitle(sentence: SentenceView, mention: EntityMention): boolean {
  const after = sentence.text.slice(mention.end, mention.end + 40);
  const word = /^[\s-]*([\p{L}-]+)/u.exec(after)?.[1];
  if (word === undefined) return false;
  if (isTitleWord(word, sentence.language)) return true;
  // "Samsung Electronics-Vorsitzender": the hyphen joins the org to the title.
  return after.startsWith('-') && isTitleWord(`x-${word}`, sentence.language);
}

/** Runs of two or more entity mentions separated only by list punctuation and conjunctions. */
function enumerations(sentence: SentenceView, mentions: EntityMention[]): EntityMention[][] {
  const runs: EntityMention[][] = [];
  let run: EntityMention[] = [];
  for (const mention of mentions) {
    const previous = run[run.length - 1];
    if (previous && LIST_GAP[sentence.language].test(sentence.text.slice(previous.end, mention.start))) {
      run.push(mention);
    } else {
      if (run.length >= 2) runs.push(run);
      run = [mention];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/**
 * Claims for organisation list fields (partner companies and the like): organisations named together
 * in an enumeration, of which at least two may fill the field according to the gazetteer, and that
 * are not just the employers in a list of people with titles.
 */
export function extractEntityListClaims(sentence: SentenceView, compiled: CompiledProfile): DraftClaim[] {
  const fields = compiled.enumerationFields;
  if (fields.length === 0) return [];
  const mentions = compiled.matcher.find(sentence.text);
  const drafts: DraftClaim[] = [];
  for (const run of enumerations(sentence, mentions)) {
    const orgs = run.filter((m) => compiled.entities.get(m.id)?.kind === 'org');
    if (orgs.length !== run.length || orgs.every((m) => isFollowedByTitle(sentence, m))) continue;
    for (const field of fields) {
      const members = orgs.filter((m) => compiled.entities.get(m.id)?.fields.includes(field.key));
      if (members.length < 2) continue;
      const seen = new Set<string>();
      for (const m of members) {
        if (seen.has(m.id)) continue;
        seen.add(m.id);
        const entity = compiled.entities.get(m.id)!;
        drafts.push({
          field: field.key,
          value: { type: 'entity', id: entity.id, name: entity.name, kind: entity.kind },
          sentence,
          start: m.start,
          end: m.end,
          rule: 'entity/enumeration',
          confidence: 0.85,
        });
      }
    }
  }
  return drafts;
}
