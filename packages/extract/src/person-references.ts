import type { Language } from '@dealbrief/core';
import { type EntityMention, isTitleWord } from '@dealbrief/normalize';
import type { CompiledProfile } from './compile-profile.js';
import { findRole } from './person-role.js';
import { PRONOUNS } from './speech-cues.js';
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

const CAPITALISED_RUN =
  /\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*(?:\s+\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*)*/gu;
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

function findLatinReferences(
  text: string,
  mentions: readonly EntityMention[],
  language: Language,
  surnames: ReadonlySet<string>,
): PersonReference[] {
  const refs: PersonReference[] = [];
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    const words = [...run[0].matchAll(CAPITALISED_WORD)].map((w) => ({
      word: w[0],
      start: run.index + w.index,
      end: run.index + w.index + w[0].length,
    }));
    let lastTitle = -1;
    words.forEach((w, i) => {
      if (isTitleWord(w.word, language)) lastTitle = i;
    });
    const nameWords = words.slice(lastTitle + 1);
    const first = nameWords[0];
    const last = nameWords[nameWords.length - 1];
    if (first === undefined || last === undefined || overlapsAny(first.start, last.end, mentions)) continue;
    const titleWords = words.slice(0, lastTitle + 1);
    const phraseStart = titleWords[0]?.start ?? first.start;
    const title = titleWords.map((w) => w.word).join(' ');
    if (!title) {
      for (const w of nameWords) {
        if (surnames.has(w.word))
          refs.push({ kind: 'surname', start: w.start, nameStart: w.start, end: w.end, surname: w.word });
      }
    } else if (nameWords.length === 1 && surnames.has(first.word)) {
      const surname = first.word;
      refs.push({
        kind: 'surname',
        start: phraseStart,
        nameStart: first.start,
        end: first.end,
        surname,
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

/** The references that do not depend on the surnames known so far, kept for a second call on the same text. */
interface FixedReferences {
  text: string;
  language: Language;
  named: PersonReference[];
  fresh: PersonReference[];
  korean: PersonReference[];
  pronouns: PersonReference[];
}
const fixedByMentions = new WeakMap<readonly EntityMention[], FixedReferences>();

function findFixedReferences(
  text: string,
  mentions: readonly EntityMention[],
  language: Language,
  compiled: CompiledProfile,
): FixedReferences {
  const known = fixedByMentions.get(mentions);
  if (known !== undefined && known.text === text && known.language === language) return known;
  const named: PersonReference[] = [];
  for (const m of mentions) {
    if (compiled.entities.get(m.id)?.kind !== 'person') continue;
    const role = findRole(text, m, 0, language);
    const start = role ? Math.min(role.start, m.start) : m.start;
    const title = role ? { title: role.text } : {};
    named.push({ kind: 'named', start, nameStart: m.start, end: m.end, id: m.id, ...title });
  }
  // People the gazetteer lacks, introduced with a title: the same rule as the people field.
  const fresh: PersonReference[] = [];
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
  const korean = language === 'ko' ? findKoreanReferences(text, mentions) : [];
  const fixed = { text, language, named, fresh, korean, pronouns };
  fixedByMentions.set(mentions, fixed);
  return fixed;
}

/**
 * Every reference to a person in a paragraph, in text order: gazetteer people, people the gazetteer
 * lacks introduced with a title ("Science Minister Bae Kyung-hoon"), surnames of people the document
 * may have named before ("Huang", "President Lee", "이 대통령은") and third-person pronouns. Called again
 * with the same text and mentions (once more surnames are known), only the surnames are looked up anew.
 */
export function findPersonReferences(
  text: string,
  mentions: readonly EntityMention[],
  language: Language,
  compiled: CompiledProfile,
  surnames: ReadonlySet<string>,
): PersonReference[] {
  const fixed = findFixedReferences(text, mentions, language, compiled);
  const surnameRefs =
    language === 'ko' ? fixed.korean : findLatinReferences(text, mentions, language, surnames);
  return [...fixed.named, ...fixed.fresh, ...surnameRefs, ...fixed.pronouns].sort(
    (a, b) => a.start - b.start,
  );
}
