import type { Language } from '@dealbrief/core';
import { type EntityMention, isTitleWord } from '@dealbrief/normalize';
import { type CapitalisedRun, findRunsHolding } from './capitalised-runs.js';
import type { CompiledProfile } from './compile-profile.js';
import type { MaskedParagraph } from './masked-paragraph.js';
import { findRole } from './person-role.js';
import { PRONOUNS } from './speech-cues.js';
import { overlapsAny } from './text-scan.js';

/**
 * A way a text points at a person. Offsets are UTF-16 indices into the searched text; `start` is where
 * the phrase starts (a title before an English or German name included), `nameStart` where the name does.
 * `title` is always present (undefined when no title is written), so that each kind has one shape
 * (hidden class) in the code reading references.
 */
export type PersonReference =
  | { kind: 'named'; start: number; nameStart: number; end: number; id: string; title: string | undefined }
  | { kind: 'new'; start: number; nameStart: number; end: number; name: string; title: string }
  | {
      kind: 'surname';
      start: number;
      nameStart: number;
      end: number;
      surname: string;
      title: string | undefined;
    }
  | { kind: 'pronoun'; start: number; nameStart: number; end: number };

const KOREAN_PARTICLE = '(?:께서는|께서|은|는|이|가)';
/** "이 대통령은", "황 CEO는": a one-syllable surname and a title, closed by a subject particle. */
const KOREAN_SURNAME_TITLE = new RegExp(
  `(?<![\\p{L}])([가-힣])\\s?([가-힣A-Za-z]{1,8}?)${KOREAN_PARTICLE}(?![\\p{L}])`,
  'gu',
);

/**
 * The surnames in one run of capitalised words: with no title in the run, each of its words that is a
 * known surname ("Huang", "Lee and Huang" has two runs); after a title, the single name word when it
 * is one ("President Lee"). A run that overlaps a gazetteer mention names nobody new.
 */
function addSurnameReferences(
  refs: PersonReference[],
  run: CapitalisedRun,
  mentions: readonly EntityMention[],
  language: Language,
  surnames: ReadonlySet<string>,
): void {
  const { words, starts, ends } = run;
  let lastTitle = -1;
  for (let i = 0; i < words.length; i++) if (isTitleWord(words[i]!, language)) lastTitle = i;
  const first = lastTitle + 1;
  const last = words.length - 1;
  if (first > last || overlapsAny(starts[first]!, ends[last]!, mentions)) return;
  if (lastTitle < 0) {
    for (let i = 0; i <= last; i++) {
      const surname = words[i]!;
      if (surnames.has(surname))
        refs.push({
          kind: 'surname',
          start: starts[i]!,
          nameStart: starts[i]!,
          end: ends[i]!,
          surname,
          title: undefined,
        });
    }
  } else if (first === last && surnames.has(words[first]!)) {
    refs.push({
      kind: 'surname',
      start: starts[0]!,
      nameStart: starts[first]!,
      end: ends[first]!,
      surname: words[first]!,
      title: words.slice(0, first).join(' '),
    });
  }
}

/**
 * Known surnames in English or German text, in text order, added to `refs`: read from the runs of
 * capitalised words that hold one outside the gazetteer mentions (see `CapitalisedRun`). A run without
 * such a surname names nobody new: its references are surnames among its name words, which overlap no
 * mention.
 */
function findLatinReferences(
  refs: PersonReference[],
  text: string,
  mentions: readonly EntityMention[],
  language: Language,
  surnames: ReadonlySet<string>,
): void {
  for (const run of findRunsHolding(text, surnames, mentions))
    addSurnameReferences(refs, run, mentions, language, surnames);
}

/** Korean surnames with a title ("이 대통령은"), in text order, added to `refs`. */
function findKoreanReferences(
  refs: PersonReference[],
  text: string,
  mentions: readonly EntityMention[],
): void {
  // An exec loop, not matchAll, which copies the expression on every call (no match is empty, so
  // lastIndex always moves on).
  KOREAN_SURNAME_TITLE.lastIndex = 0;
  for (let m = KOREAN_SURNAME_TITLE.exec(text); m !== null; m = KOREAN_SURNAME_TITLE.exec(text)) {
    const [, surname = '', title = ''] = m;
    if (!isTitleWord(title, 'ko') || overlapsAny(m.index, m.index + m[0].length, mentions)) continue;
    refs.push({ kind: 'surname', start: m.index, nameStart: m.index, end: m.index + 1, surname, title });
  }
}

/**
 * Every reference to a person in a masked paragraph, in text order: gazetteer people, people the
 * gazetteer lacks introduced with a title ("Science Minister Bae Kyung-hoon"), surnames of people the
 * document may have named before ("Huang", "President Lee", "이 대통령은") and third-person pronouns.
 * `surnames` must already hold the surnames of the people introduced here (`paragraph.titled`), so
 * they count here already.
 */
export function findPersonReferences(
  paragraph: MaskedParagraph,
  language: Language,
  compiled: CompiledProfile,
  surnames: ReadonlySet<string>,
): PersonReference[] {
  const { masked: text, mentions } = paragraph;
  // Named people, new people, surnames, then pronouns, sorted by start (a stable sort: references
  // starting at one place keep that order).
  const refs: PersonReference[] = [];
  for (const m of mentions) {
    if (compiled.entities.get(m.id)?.kind !== 'person') continue;
    const role = findRole(text, m, 0, language);
    const start = role ? Math.min(role.start, m.start) : m.start;
    refs.push({ kind: 'named', start, nameStart: m.start, end: m.end, id: m.id, title: role?.text });
  }
  // People the gazetteer lacks, introduced with a title: the same rule as the people field.
  for (const person of paragraph.titled) {
    const role = findRole(text, person, 0, language);
    const start = role ? Math.min(role.start, person.start) : person.start;
    refs.push({
      kind: 'new',
      start,
      nameStart: person.start,
      end: person.end,
      name: person.name,
      title: role?.text ?? '',
    });
  }
  if (language === 'ko') findKoreanReferences(refs, text, mentions);
  else findLatinReferences(refs, text, mentions, language, surnames);
  // An exec loop, not matchAll, which copies the expression on every call.
  const pronoun = PRONOUNS[language];
  pronoun.lastIndex = 0;
  for (let p = pronoun.exec(text); p !== null; p = pronoun.exec(text)) {
    refs.push({ kind: 'pronoun', start: p.index, nameStart: p.index, end: p.index + p[0].length });
  }
  return refs.sort((a, b) => a.start - b.start);
}
