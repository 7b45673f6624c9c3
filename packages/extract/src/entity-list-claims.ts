import type { EntityValue, Language } from '@dealbrief/core';
import { type EntityMention, isTitleWord } from '@dealbrief/normalize';
import type { DraftClaim } from './claim-factory.js';
import { clauseAround } from './clauses.js';
import { hasMatch } from './compile-patterns.js';
import type { CompiledProfile } from './compile-profile.js';
import { mentionsIn } from './sentence-facts.js';
import type { SentenceView } from './sentence-view.js';
import { findCapitalisedNames, makeUnknownId } from './unknown-names.js';

/** What may stand between two members of an enumeration ("A, B and C", "A und B", "A와 B", "A·B"). */
const LIST_GAP: Record<Language, RegExp> = {
  en: /^(?:\s*,\s*(?:and\s+|as well as\s+|or\s+)?|\s+(?:and|&|or|as well as)\s+|\s*\/\s*)$/iu,
  de: /^(?:\s*,\s*(?:und\s+|sowie\s+|oder\s+)?|\s+(?:und|&|sowie|oder)\s+|\s*\/\s*)$/iu,
  ko: /^(?:\s*[,，、·ㆍ]\s*|(?:와|과|및|,)\s*|\s+(?:및|그리고)\s+|\s+)$/u,
};

/** A list member: a gazetteer mention (id) or a capitalised name the gazetteer lacks (no id). */
interface Member {
  id: string | null;
  name: string;
  start: number;
  end: number;
}

/** True when a title follows the member, so it names a person's employer, not a list member. */
function isFollowedByTitle(sentence: SentenceView, member: Member): boolean {
  const after = sentence.text.slice(member.end, member.end + 40);
  const word = /^[\s-]*([\p{L}-]+)/u.exec(after)?.[1];
  if (word === undefined) return false;
  if (isTitleWord(word, sentence.language)) return true;
  // "Samsung Electronics-Vorsitzender": the hyphen joins the org to the title.
  return after.startsWith('-') && isTitleWord(`x-${word}`, sentence.language);
}

/** Runs of two or more members separated only by list punctuation and conjunctions. */
function enumerations(sentence: SentenceView, members: Member[]): Member[][] {
  const runs: Member[][] = [];
  let run: Member[] = [];
  for (const member of members) {
    const previous = run[run.length - 1];
    if (previous && LIST_GAP[sentence.language].test(sentence.text.slice(previous.end, member.start))) {
      run.push(member);
    } else {
      if (run.length >= 2) runs.push(run);
      run = [member];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** Whether the mentions name at least two different entities of `allowed` (a field's allowed entities). */
function allowsTwo(mentions: readonly EntityMention[], allowed: ReadonlySet<string>): boolean {
  let first: string | undefined;
  for (const m of mentions) {
    if (m.id === first || !allowed.has(m.id)) continue;
    if (first !== undefined) return true;
    first = m.id;
  }
  return false;
}

/**
 * The sentence's gazetteer mentions and, outside Korean, the capitalised names the gazetteer lacks, in
 * text order: what an enumeration may be made of. Every member is built with the same four properties.
 */
function listMembers(sentence: SentenceView, mentions: readonly EntityMention[]): Member[] {
  const members: Member[] = mentions.map((m) => ({ id: m.id, name: m.alias, start: m.start, end: m.end }));
  if (sentence.language !== 'ko')
    for (const u of findCapitalisedNames(sentence.text, mentions))
      members.push({ id: null, name: u.name, start: u.start, end: u.end });
  return members.sort((a, b) => a.start - b.start);
}

function entityValue(member: Member, compiled: CompiledProfile): EntityValue {
  const entity = member.id === null ? undefined : compiled.entities.get(member.id);
  return entity
    ? { type: 'entity', id: entity.id, name: entity.name, kind: entity.kind }
    : { type: 'entity', id: makeUnknownId('org', member.name), name: member.name, kind: 'org' };
}

/**
 * Claims for organisation list fields (partner companies, other participants). Organisations named
 * together in an enumeration count when at least two of them are allowed in the field by the
 * gazetteer; names the gazetteer lacks in such a list are taken too, with a new id. A list in which
 * every organisation is followed by a title names people's employers and is skipped. A field with cues
 * also takes a single allowed organisation whose clause holds a cue ("OpenAI will join the projects").
 */
export function extractEntityListClaims(sentence: SentenceView, compiled: CompiledProfile): DraftClaim[] {
  const fields = compiled.byExtractor.get('enumeration') ?? [];
  if (fields.length === 0) return [];
  const mentions = mentionsIn(sentence, compiled);
  // An enumeration counts only with two different organisations a field allows, so a sentence without
  // them needs no search for the names the gazetteer lacks.
  const listFields = fields.filter((f) => allowsTwo(mentions, f.allowedEntities));
  const drafts: DraftClaim[] = [];
  const claimed = new Set<string>();
  const claim = (field: string, member: Member, rule: string, confidence: number) => {
    const value = entityValue(member, compiled);
    const key = `${field}\u0000${value.id}\u0000${member.start}`;
    if (claimed.has(key)) return;
    claimed.add(key);
    drafts.push({ field, value, sentence, start: member.start, end: member.end, rule, confidence });
  };
  for (const run of listFields.length === 0 ? [] : enumerations(sentence, listMembers(sentence, mentions))) {
    const isOrg = (m: Member) => m.id === null || compiled.entities.get(m.id)?.kind === 'org';
    if (!run.every(isOrg) || run.every((m) => isFollowedByTitle(sentence, m))) continue;
    for (const field of listFields) {
      const allowed = run.filter((m) => m.id !== null && field.allowedEntities.has(m.id));
      if (new Set(allowed.map((m) => m.id)).size < 2) continue;
      for (const m of run) {
        if (m.id === null) claim(field.spec.key, m, 'entity/enumeration-new', 0.6);
        else if (allowed.includes(m)) claim(field.spec.key, m, 'entity/enumeration', 0.85);
      }
    }
  }
  for (const field of fields.filter((f) => f.hasCues)) {
    for (const m of mentions) {
      if (!field.allowedEntities.has(m.id)) continue;
      const clause = clauseAround(sentence.text, m.start, sentence.language);
      if (!hasMatch(field.cues[sentence.language], sentence.text.slice(clause.start, clause.end))) continue;
      claim(field.spec.key, { id: m.id, name: m.alias, start: m.start, end: m.end }, 'entity/cue', 0.8);
    }
  }
  return drafts;
}
