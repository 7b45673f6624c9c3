/**
 * The quote and people rules' scanners were rewritten from regular expressions over slices into
 * code-unit loops and gated searches, for speed only. These tests keep the regular-expression versions
 * as the reference and check that the rewrites answer the same on random text built from the pieces
 * that matter to them: titles, names, quotation marks, apostrophes, odd whitespace, astral letters.
 */
import type { Language } from '@dealbrief/core';
import { type EntityMention, isTitleWord } from '@dealbrief/normalize';
import { describe, expect, it } from 'vitest';
import { compileProfile } from './compile-profile.js';
import { findPersonReferences, type PersonReference } from './person-references.js';
import { findRole, type RoleSpan } from './person-role.js';
import { countWords, findQuotations, type Quotation } from './quote-marks.js';
import { listSurnames } from './speaker-history.js';
import { findSpeechVerbs, type SpeechVerb } from './speech-cues.js';
import { seededRandom } from './test-random.js';
import { loadTestProfile } from './test-seeds.js';
import { findCapitalisedNames, findTitledPeople, type UnknownName } from './unknown-names.js';

// --- The reference versions (as they were before the rewrite) -------------------------------------

const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '»': '«',
  '「': '」',
  '『': '』',
  '"': '"',
  '‘': "'’",
  "'": "'’",
};
const BEFORE_OPEN = /[\s([{\-–—/:;,"“„«»‘]/u;
const AFTER_CLOSE = /[\s)\]}.,;:!?\-–—/"”“»«]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function referenceQuotations(text: string): Quotation[] {
  const isSingle = (mark: string) => mark === "'" || mark === '‘' || mark === '’';
  const canOpen = (at: number) => {
    const mark = text[at]!;
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + 1] ?? ' ';
    if (/\s/u.test(after)) return false;
    if (mark === "'" || mark === '"') return BEFORE_OPEN.test(before);
    return true;
  };
  const canClose = (at: number, mark: string) => {
    const before = at > 0 ? text[at - 1]! : ' ';
    if (/\s/u.test(before)) return false;
    if (!isSingle(mark)) return true;
    const after = text[at + 1] ?? ' ';
    return !WORD_CHAR.test(after) && AFTER_CLOSE.test(after);
  };
  const findClose = (from: number, closers: string) => {
    for (let i = from; i < text.length; i++) {
      const c = text[i]!;
      if (closers.includes(c) && canClose(i, c)) return i;
    }
    return -1;
  };
  const quotations: Quotation[] = [];
  let i = 0;
  while (i < text.length) {
    const closers = CLOSERS[text[i]!];
    if (closers === undefined || !canOpen(i)) {
      i++;
      continue;
    }
    const end = findClose(i + 2, closers);
    if (end === -1) {
      i++;
      continue;
    }
    quotations.push({ open: i, start: i + 1, end, close: end + 1 });
    i = end + 1;
  }
  return quotations;
}

const NOT_NAMES = new Set([
  ...['The', 'A', 'An', 'And', 'Or', 'But', 'In', 'On', 'At', 'For', 'With', 'Der', 'Die', 'Das', 'Und'],
  ...['Oder', 'Im', 'Am', 'Mit', 'Für', 'Korea', 'South Korea', 'Südkorea', 'Seoul', 'US', 'U.S.', 'China'],
  ...['Japan', 'Asia', 'AI', 'KI'],
]);

const LATIN_NAME =
  /^\s+(\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)?(?:\s+\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)?){1,2})(?![\p{L}])/u;
const TITLE_CANDIDATE =
  /(?<![\p{L}-])(?:\p{Lu}[\p{L}-]*|(?:[cC][eE][oO]|[cC][fF][oO]|[cC][tT][oO])(?![\p{L}-]))/gu;

function referenceTitledPeople(
  text: string,
  language: Language,
  known: readonly EntityMention[],
): UnknownName[] {
  const out: UnknownName[] = [];
  for (const word of text.matchAll(TITLE_CANDIDATE)) {
    if (!isTitleWord(word[0], language)) continue;
    const after = LATIN_NAME.exec(text.slice(word.index + word[0].length));
    if (!after) continue;
    const start = word.index + word[0].length + after[0].indexOf(after[1]!);
    const end = start + after[1]!.length;
    const words = after[1]!.split(/\s+/u);
    if (
      words.some((w) => isTitleWord(w, language) || NOT_NAMES.has(w)) ||
      known.some((k) => start < k.end && k.start < end)
    )
      continue;
    out.push({ name: after[1]!, start, end });
  }
  return out;
}

const ARTICLES = new Set([
  'the',
  'a',
  'an',
  'der',
  'die',
  'das',
  'dem',
  'den',
  'des',
  'ein',
  'eine',
  'einer',
  'eines',
]);
const CONNECTORS = new Set(['and', 'und', '&', 'of', 'board', 'executive', 'vice', 'co', 'deputy', 'senior']);

function referenceRoleBefore(
  text: string,
  nameStart: number,
  floor: number,
  language: Language,
): RoleSpan | null {
  const head = text.slice(0, nameStart);
  const tokens = [...head.slice(floor).matchAll(/[^\s]+/gu)].map((t) =>
    Object.assign(t, { index: t.index + floor }),
  );
  let first = tokens.length;
  let hasTitle = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const word = tokens[i]![0];
    if (/[,;:()"“”„]$/u.test(word)) break;
    const bare = word.replace(/['’]s$/u, '');
    const title = isTitleWord(bare, language);
    const capitalised = /^\p{Lu}/u.test(bare);
    const connector = CONNECTORS.has(bare.toLowerCase());
    if (!(title || capitalised || connector)) break;
    if (ARTICLES.has(bare.toLowerCase())) break;
    hasTitle ||= title;
    first = i;
  }
  while (first < tokens.length && CONNECTORS.has(tokens[first]![0].toLowerCase())) first++;
  if (!hasTitle || first >= tokens.length) return null;
  const start = tokens[first]!.index;
  const end = head.trimEnd().length;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

const CAPITALISED_RUN =
  /\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*(?:\s+\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*)*/gu;
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*/gu;

function referenceSurnameRefs(
  text: string,
  mentions: readonly EntityMention[],
  language: Language,
  surnames: ReadonlySet<string>,
): PersonReference[] {
  const overlapsAny = (start: number, end: number) => mentions.some((s) => s.start < end && start < s.end);
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
    if (first === undefined || last === undefined || overlapsAny(first.start, last.end)) continue;
    const titleWords = words.slice(0, lastTitle + 1);
    const phraseStart = titleWords[0]?.start ?? first.start;
    const title = titleWords.map((w) => w.word).join(' ');
    if (!title) {
      for (const w of nameWords) {
        if (surnames.has(w.word))
          refs.push({
            kind: 'surname',
            start: w.start,
            nameStart: w.start,
            end: w.end,
            surname: w.word,
            title: undefined,
          });
      }
    } else if (nameWords.length === 1 && surnames.has(first.word)) {
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

const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}/gu;

function referenceCapitalisedNames(text: string, known: readonly EntityMention[]): UnknownName[] {
  const out: UnknownName[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const start = m.index;
    const name = m[0].replace(/[.'’-]+$/u, '');
    const end = start + name.length;
    if (NOT_NAMES.has(name) || name.length < 2) continue;
    if (known.some((k) => start < k.end && k.start < end)) continue;
    out.push({ name, start, end });
  }
  return out;
}

const EN_VERBS =
  'said|says|told|tells|stated|states|stating|added|adds|adding|noted|notes|noting|' +
  'emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|explained|explains|explaining|remarked|remarks|' +
  'saying|declared|insisted|asked|wrote|recalled|replied';
const DE_VERBS =
  'sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|betonten|fügte|fügt|meinte|meint|' +
  'unterstrich|bekräftigte|ergänzte|schrieb|antwortete|so';
const KO_VERBS =
  '말했|말하며|말하면서|밝혔|밝히며|강조했|강조하며|설명했|설명하며|전했|덧붙였|말한|강조한|밝힌';
const VERB_PATTERNS: Readonly<Record<Language, RegExp>> = {
  en: new RegExp(`(?<![\\p{L}])(?:${EN_VERBS}|according to)(?![\\p{L}])`, 'giu'),
  de: new RegExp(`(?<![\\p{L}])(?:${DE_VERBS}|zufolge|laut)(?![\\p{L}])`, 'giu'),
  ko: new RegExp(`(?:${KO_VERBS})`, 'gu'),
};

function referenceSpeechVerbs(text: string, language: Language, afterQuote: boolean): SpeechVerb[] {
  const verbs: SpeechVerb[] = [];
  for (const m of text.matchAll(VERB_PATTERNS[language])) {
    const word = m[0].toLocaleLowerCase('de');
    if (language === 'de' && word === 'so' && !(afterQuote && /^[\s,]*$/u.test(text.slice(0, m.index))))
      continue;
    if (language === 'de' && (word === 'fügte' || word === 'fügt') && !/\bhinzu\b/u.test(text.slice(m.index)))
      continue;
    verbs.push({
      start: m.index,
      end: m.index + m[0].length,
      speakerAfter: word === 'according to' || word === 'laut' || word === 'so',
      speakerBefore: word === 'zufolge',
    });
  }
  return verbs;
}

// --- Random text ----------------------------------------------------------------------------------

const PIECES = [
  'President',
  'president',
  'CEO',
  'ceo',
  'cEo',
  'CFO',
  'cfo',
  'cTo',
  'Chairman',
  'Minister',
  'Science',
  'chief',
  'executive',
  'Executive',
  'and',
  'of',
  'the',
  'The',
  'Vice',
  'co',
  'Vorsitzender',
  'Konzernchef',
  'Nvidia-Chef',
  'Halbleiter',
  'Lee',
  'Jae-myung',
  'Huang',
  'Jensen',
  'Kim',
  'Anna',
  'Schmidt',
  'Bae',
  'Kyung-hoon',
  'Korea',
  'Nvidia',
  "Nvidia's",
  'Lee’s',
  "'s",
  'said',
  'he',
  'She',
  'told',
  'McDonald',
  'iPhone',
  'unsaid',
  'SAID',
  'ſaid',
  'according to',
  'according',
  'to',
  'told',
  'sagte',
  'sagten',
  'fügte',
  'hinzu',
  'zufolge',
  'laut',
  'so',
  'also',
  '말했다',
  'x말한',
  'LG Uplus',
  '3M',
  'x𝐀y',
  'U.S.',
  'China',
  '\u3000',
  '\u2000Ab',
  'Aµb',
  'Ärger',
  '𝐀𝐛c',
  'x-Lee',
  'aB-Lee',
  'Lee-',
  '-Lee',
  'McLee',
  'LEE',
  'Lee\u0301',
  'Leeds',
  'Lee-Huang',
  'Kim--Lee',
  'Lee\u00a0Huang',
  '42',
  '\ud835',
  '\udc01',
  'Über',
  'Müller',
  '𝐁𝐨𝐥𝐝',
  'Cafe\u0301',
  'A.',
  'U.S.',
  '-Chef',
  'X-',
  '이재명',
  '대통령은',
  '"',
  '“',
  '”',
  '„',
  "'",
  '’',
  '‘',
  '«',
  '»',
  '「',
  '」',
  '(',
  ')',
  ',',
  ';',
  ':',
  '.',
  '-',
  '—',
  '&',
];
const GAPS = [' ', ' ', ' ', '', '  ', '\u00a0', '\n', ' \t ', '          '];

function randomText(next: () => number): string {
  const n = 1 + Math.floor(next() * 30);
  let text = '';
  for (let i = 0; i < n; i++) {
    text += PIECES[Math.floor(next() * PIECES.length)]!;
    text += GAPS[Math.floor(next() * GAPS.length)]!;
  }
  return text;
}

const LANGUAGES: readonly Language[] = ['en', 'de'];
const ROUNDS = 4000;

// --- The checks -----------------------------------------------------------------------------------

describe('rewritten scanners answer as the regular-expression versions', () => {
  it('findQuotations', () => {
    const next = seededRandom(1);
    for (let r = 0; r < ROUNDS; r++) {
      const text = randomText(next);
      expect(findQuotations(text), JSON.stringify(text)).toEqual(referenceQuotations(text));
    }
  });

  it('countWords', () => {
    const next = seededRandom(5);
    for (let r = 0; r < ROUNDS; r++) {
      const text = randomText(next);
      const start = Math.floor(next() * (text.length + 1));
      const end = start + Math.floor(next() * (text.length - start + 1));
      const expected = text
        .slice(start, end)
        .split(/\s+/u)
        .filter((w) => WORD_CHAR.test(w)).length;
      expect(countWords(text, start, end), JSON.stringify([text, start, end])).toBe(expected);
    }
  });

  it('every uppercase letter is ASCII or at U+00C0 and above, every lowercase one at U+00B5 (the supersets)', () => {
    for (let code = 0x80; code < 0xc0; code++)
      expect(/\p{Lu}/u.test(String.fromCharCode(code)), code.toString(16)).toBe(false);
    for (let code = 0x80; code < 0xb5; code++)
      expect(/\p{Ll}/u.test(String.fromCharCode(code)), code.toString(16)).toBe(false);
  });

  it('findCapitalisedNames', () => {
    const next = seededRandom(7);
    for (let r = 0; r < ROUNDS; r++) {
      const text = randomText(next);
      const at = Math.floor(next() * text.length);
      const known: EntityMention[] = next() < 0.5 ? [] : [{ id: 'x', alias: 'x', start: at, end: at + 4 }];
      expect(findCapitalisedNames(text, known), JSON.stringify(text)).toEqual(
        referenceCapitalisedNames(text, known),
      );
    }
  });

  it('findSpeechVerbs', () => {
    const next = seededRandom(8);
    for (let r = 0; r < ROUNDS; r++) {
      const text = randomText(next);
      const afterQuote = next() < 0.5;
      for (const language of ['en', 'de', 'ko'] as const)
        expect(findSpeechVerbs(text, language, afterQuote), JSON.stringify([text, language])).toEqual(
          referenceSpeechVerbs(text, language, afterQuote),
        );
    }
  });

  it('findTitledPeople (English and German)', () => {
    // Blanks the superset of name starts takes as letters, before a name: every place is tried.
    for (const text of ['Minister \u3000\u2000Anna Schmidt said', 'CEO \u2000\u2000\u3000Jensen Huang'])
      expect(findTitledPeople(text, 'en', [])).toEqual(referenceTitledPeople(text, 'en', []));
    const next = seededRandom(2);
    for (let r = 0; r < ROUNDS; r++) {
      const text = randomText(next);
      const at = Math.floor(next() * text.length);
      const known: EntityMention[] = next() < 0.5 ? [] : [{ id: 'x', alias: 'x', start: at, end: at + 4 }];
      for (const language of LANGUAGES)
        expect(findTitledPeople(text, language, known), JSON.stringify(text)).toEqual(
          referenceTitledPeople(text, language, known),
        );
    }
  });

  it('findRole before a name (English and German)', () => {
    const next = seededRandom(3);
    for (let r = 0; r < ROUNDS; r++) {
      const text = randomText(next);
      const start = Math.floor(next() * (text.length + 1));
      const floor = next() < 0.5 ? 0 : Math.floor(next() * (start + 1));
      const name = { start, end: Math.min(text.length, start + 3) };
      for (const language of LANGUAGES)
        expect(findRole(text, name, floor, language), JSON.stringify([text, start, floor])).toEqual(
          referenceRoleBefore(text, start, floor, language),
        );
    }
  });

  it('surname references of a text', () => {
    const compiled = compileProfile(loadTestProfile());
    const surnames = new Set(['Lee', 'Huang', 'Kim', 'Schmidt', 'Jensen', 'Müller', 'McDonald', '𝐁𝐨𝐥𝐝']);
    const next = seededRandom(4);
    for (let r = 0; r < ROUNDS; r++) {
      const text = randomText(next);
      const mentions = compiled.matcher.find(text);
      for (const language of LANGUAGES) {
        // The surnames of people introduced in the text count in it too.
        const known = new Set(surnames);
        const titled = findTitledPeople(text, language, mentions);
        for (const person of titled) for (const s of listSurnames(person.name)) known.add(s);
        const found = findPersonReferences({ masked: text, mentions, titled }, language, compiled, known);
        const expected = referenceSurnameRefs(text, mentions, language, known);
        expect(
          found.filter((ref) => ref.kind === 'surname'),
          JSON.stringify(text),
        ).toStrictEqual(expected.sort((a, b) => a.start - b.start));
      }
    }
  });
});
