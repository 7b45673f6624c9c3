import type { EntityValue } from '@dealbrief/core';
import { type EntityMention, isTitleWord } from '@dealbrief/normalize';
import type { DraftClaim } from './claim-factory.js';
import { clauseAround } from './clauses.js';
import { hasMatch } from './compile-patterns.js';
import type { CompiledField, CompiledProfile } from './compile-profile.js';
import { isListGap } from './list-gap.js';
import { mentionsIn } from './sentence-facts.js';
import type { SentenceView } from './sentence-view.js';
import { findCapitalisedNames, makeUnknownId, type UnknownName } from './unknown-names.js';

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
    if (previous && isListGap(sentence.text, previous.end, member.start, sentence.language)) {
      run.push(member);
    } else {
      if (run.length >= 2) runs.push(run);
      run = [member];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/**
 * Whether the mentions or members name at least two different entities of `allowed` (a field's allowed
 * entities); a member the gazetteer lacks (no id) is never allowed.
 */
function allowsTwo(mentions: readonly { id: string | null }[], allowed: ReadonlySet<string>): boolean {
  let first: string | undefined;
  for (const m of mentions) {
    if (m.id === null || m.id === first || !allowed.has(m.id)) continue;
    if (first !== undefined) return true;
    first = m.id;
  }
  return false;
}

/**
 * The sentence's gazetteer mentions and, outside Korean, the capitalised names the gazetteer lacks, in
 * text order: what an enumeration may be made of. Every member is built with the same four properties.
 * Both lists come in text order and never share a start (a capitalised name overlaps no mention), so
 * merging them gives the order a sort by start would.
 */
function listMembers(sentence: SentenceView, mentions: readonly EntityMention[]): Member[] {
  const members: Member[] = [];
  const unknown = sentence.language === 'ko' ? [] : findCapitalisedNames(sentence.text, mentions);
  let u = 0;
  for (const m of mentions) {
    for (; u < unknown.length && unknown[u]!.start < m.start; u++) members.push(unknownMember(unknown[u]!));
    members.push({ id: m.id, name: m.alias, start: m.start, end: m.end });
  }
  for (; u < unknown.length; u++) members.push(unknownMember(unknown[u]!));
  return members;
}

function unknownMember(name: UnknownName): Member {
  return { id: null, name: name.name, start: name.start, end: name.end };
}

/** Whether a member is an organisation: a gazetteer one of that kind, or a name the gazetteer lacks. */
function isOrg(member: Member, compiled: CompiledProfile): boolean {
  return member.id === null || compiled.entities.get(member.id)?.kind === 'org';
}

function entityValue(member: Member, compiled: CompiledProfile): EntityValue {
  const entity = member.id === null ? undefined : compiled.entities.get(member.id);
  return entity
    ? { type: 'entity', id: entity.id, name: entity.name, kind: entity.kind }
    : { type: 'entity', id: makeUnknownId('org', member.name), name: member.name, kind: 'org' };
}

/**
 * The claims of one sentence, each field, entity and position once. Members at one position are one
 * member (mentions do not overlap, nor do the names the gazetteer lacks, nor one of each), and field
 * keys are unique, so the field's place among `fields` and the position say which claim it is: a
 * number keys it instead of a string.
 */
class SentenceClaims {
  readonly drafts: DraftClaim[] = [];
  private readonly claimed = new Set<number>();
  private readonly sentence: SentenceView;
  private readonly fields: readonly CompiledField[];
  private readonly compiled: CompiledProfile;

  constructor(sentence: SentenceView, fields: readonly CompiledField[], compiled: CompiledProfile) {
    this.sentence = sentence;
    this.fields = fields;
    this.compiled = compiled;
  }

  add(field: CompiledField, member: Member, rule: string, confidence: number): void {
    const key = this.fields.indexOf(field) * (this.sentence.text.length + 1) + member.start;
    if (this.claimed.has(key)) return;
    this.claimed.add(key);
    const { sentence } = this;
    const value = entityValue(member, this.compiled);
    this.drafts.push({
      field: field.spec.key,
      value,
      sentence,
      start: member.start,
      end: member.end,
      rule,
      confidence,
    });
  }
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
  // Every claim is of a gazetteer mention or of a name listed together with two of them.
  if (mentions.length === 0) return [];
  // An enumeration counts only with two different organisations a field allows, so a sentence without
  // them needs no search for the names the gazetteer lacks.
  const listFields = fields.filter((f) => allowsTwo(mentions, f.allowedEntities));
  const claims = new SentenceClaims(sentence, fields, compiled);
  if (listFields.length > 0) {
    for (const run of enumerations(sentence, listMembers(sentence, mentions))) {
      if (!run.every((m) => isOrg(m, compiled)) || run.every((m) => isFollowedByTitle(sentence, m))) continue;
      for (const field of listFields) {
        if (!allowsTwo(run, field.allowedEntities)) continue;
        for (const m of run) {
          if (m.id === null) claims.add(field, m, 'entity/enumeration-new', 0.6);
          else if (field.allowedEntities.has(m.id)) claims.add(field, m, 'entity/enumeration', 0.85);
        }
      }
    }
  }
  for (const field of fields) {
    if (!field.hasCues) continue;
    for (const m of mentions) {
      if (!field.allowedEntities.has(m.id)) continue;
      const clause = clauseAround(sentence.text, m.start, sentence.language);
      if (!hasMatch(field.cues[sentence.language], sentence.text.slice(clause.start, clause.end))) continue;
      claims.add(field, { id: m.id, name: m.alias, start: m.start, end: m.end }, 'entity/cue', 0.8);
    }
  }
  return claims.drafts;
}
