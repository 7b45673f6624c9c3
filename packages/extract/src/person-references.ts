import type { Language } from '@dealbrief/core';
import { type EntityMention, isTitleWord } from '@dealbrief/normalize';
import type { CompiledProfile } from './compile-profile.js';
import { findRole } from './person-role.js';
import { PRONOUNS } from './speech-cues.js';
import { isSpaceCode } from './text-scan.js';
import { findTitledPeople } from './unknown-names.js';

/**
 * A way a text points at a person. Offsets are UTF-16 indices into the searched text; `start` is where
 * the phrase starts (a title before an English or German name included), `nameStart` where the name does.
 */
export type PersonReference =
  | { kind: 'named'; start: number; nameStart: number; end: number; id: string; title?: string }
  | { kind: 'new'; start: number; nameStart: number; end: number; name: string; title: string }
  | { kind: 'surname'; start: number; nameStart: number; end: number; surname: string; title?: string }
  | { kind: 'pronoun'; start: number; nameStart: number; end: number };

/** A capitalised word ("Huang", "Kyung-hoon", "President"). */
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*/gu;
const KOREAN_PARTICLE = '(?:께서는|께서|은|는|이|가)';
/** "이 대통령은", "황 CEO는": a one-syllable surname and a title, closed by a subject particle. */
const KOREAN_SURNAME_TITLE = new RegExp(
  `(?<![\\p{L}])([가-힣])\\s?([가-힣A-Za-z]{1,8}?)${KOREAN_PARTICLE}(?![\\p{L}])`,
  'gu',
);

function overlapsAny(start: number, end: number, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

interface CapitalisedWord {
  word: string;
  start: number;
  end: number;
}

/**
 * A run of capitalised words outside the gazetteer mentions ("President Lee", "Jensen Huang"): its
 * leading title words, joined, and the name words after the last title. Only runs that can stand for
 * a known surname are kept: untitled ones, and titled ones with a single name word.
 */
interface NameRun {
  title: string;
  phraseStart: number;
  names: CapitalisedWord[];
}

/** True when text[from, to) is one or more whitespace characters. */
function isSpaceGap(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

function addNameRun(
  runs: NameRun[],
  words: readonly CapitalisedWord[],
  mentions: readonly EntityMention[],
  language: Language,
): void {
  let lastTitle = -1;
  for (let i = 0; i < words.length; i++) if (isTitleWord(words[i]!.word, language)) lastTitle = i;
  const first = words[lastTitle + 1];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined || overlapsAny(first.start, last.end, mentions)) return;
  const names = words.slice(lastTitle + 1);
  if (lastTitle >= 0 && names.length !== 1) return;
  const titleWords = words.slice(0, lastTitle + 1);
  runs.push({
    title: titleWords.map((w) => w.word).join(' '),
    phraseStart: titleWords[0]?.start ?? first.start,
    names,
  });
}

/**
 * The runs of capitalised words separated by whitespace (a run is what
 * `\p{Lu}…(?:\s+\p{Lu}…)*` matches: consecutive capitalised words with only whitespace between them),
 * read once per text; which of their words are surnames depends on the surnames known, see
 * `surnameReferences`.
 */
function findNameRuns(text: string, mentions: readonly EntityMention[], language: Language): NameRun[] {
  const runs: NameRun[] = [];
  let words: CapitalisedWord[] = [];
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const start = m.index;
    const previous = words[words.length - 1];
    if (previous !== undefined && !isSpaceGap(text, previous.end, start)) {
      addNameRun(runs, words, mentions, language);
      words = [];
    }
    words.push({ word: m[0], start, end: start + m[0].length });
  }
  if (words.length > 0) addNameRun(runs, words, mentions, language);
  return runs;
}

/** Surnames of people the document may have named before ("Huang", "President Lee") in the runs. */
function surnameReferences(runs: readonly NameRun[], surnames: ReadonlySet<string>): PersonReference[] {
  const refs: PersonReference[] = [];
  for (const { title, phraseStart, names } of runs) {
    if (!title) {
      for (const w of names) {
        if (surnames.has(w.word))
          refs.push({ kind: 'surname', start: w.start, nameStart: w.start, end: w.end, surname: w.word });
      }
    } else if (surnames.has(names[0]!.word)) {
      const first = names[0]!;
      refs.push({
        kind: 'surname',
        start: phraseStart,
        nameStart: first.start,
        end: first.end,
        surname: first.word,
        title,
      });
    }
  }
  return refs;
}

function findKoreanReferences(text: string, mentions: readonly EntityMention[]): PersonReference[] {
  const refs: PersonReference[] = [];
  for (const m of text.matchAll(KOREAN_SURNAME_TITLE)) {
    const [, surname = '', title = ''] = m;
    if (!isTitleWord(title, 'ko') || overlapsAny(m.index, m.index + m[0].length, mentions)) continue;
    refs.push({ kind: 'surname', start: m.index, nameStart: m.index, end: m.index + 1, surname, title });
  }
  return refs;
}

/**
 * What a text says about people, read once: the references that do not depend on the surnames known
 * so far, and the capitalised runs whose words are surnames once the surname is known. `fresh` are the
 * people the gazetteer lacks; their surnames may become known right here (see `listPersonReferences`).
 */
export interface PeopleInText {
  named: PersonReference[];
  fresh: Extract<PersonReference, { kind: 'new' }>[];
  korean: PersonReference[] | null;
  pronouns: PersonReference[];
  runs: NameRun[];
}

/** Reads the people of a text (see `PeopleInText`); `mentions` are its gazetteer mentions. */
export function readPeople(
  text: string,
  mentions: readonly EntityMention[],
  language: Language,
  compiled: CompiledProfile,
): PeopleInText {
  const named: PersonReference[] = [];
  for (const m of mentions) {
    if (compiled.entities.get(m.id)?.kind !== 'person') continue;
    const role = findRole(text, m, 0, language);
    const start = role ? Math.min(role.start, m.start) : m.start;
    const title = role ? { title: role.text } : {};
    named.push({ kind: 'named', start, nameStart: m.start, end: m.end, id: m.id, ...title });
  }
  // People the gazetteer lacks, introduced with a title: the same rule as the people field.
  const fresh: PeopleInText['fresh'] = [];
  for (const person of findTitledPeople(text, language, mentions)) {
    const role = findRole(text, person, 0, language);
    const start = role ? Math.min(role.start, person.start) : person.start;
    fresh.push({
      kind: 'new',
      start,
      nameStart: person.start,
      end: person.end,
      name: person.name,
      title: role?.text ?? '',
    });
  }
  const pronouns: PersonReference[] = [];
  for (const p of text.matchAll(PRONOUNS[language])) {
    pronouns.push({ kind: 'pronoun', start: p.index, nameStart: p.index, end: p.index + p[0].length });
  }
  const korean = language === 'ko' ? findKoreanReferences(text, mentions) : null;
  const runs = language === 'ko' ? [] : findNameRuns(text, mentions, language);
  return { named, fresh, korean, pronouns, runs };
}

/**
 * Every reference to a person in a text, in text order: gazetteer people, people the gazetteer lacks
 * introduced with a title ("Science Minister Bae Kyung-hoon"), surnames of people the document may
 * have named before ("Huang", "President Lee", "이 대통령은") and third-person pronouns.
 */
export function listPersonReferences(people: PeopleInText, surnames: ReadonlySet<string>): PersonReference[] {
  const surnameRefs = people.korean ?? surnameReferences(people.runs, surnames);
  return [...people.named, ...people.fresh, ...surnameRefs, ...people.pronouns].sort(
    (a, b) => a.start - b.start,
  );
}
