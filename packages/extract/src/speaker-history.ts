import type { EntitySpec, EntityValue } from '@dealbrief/core';

/** A person named somewhere in the document: who, where (UTF-16 offset in the document) and how. */
export interface PersonSighting {
  person: EntityValue;
  at: number;
  /** The person is the subject of the sentence (or a speaker), so a later pronoun may stand for them. */
  subject: boolean;
  /**
   * The title written next to the name here, if any ("President", "대통령"). Always present, undefined
   * when there is none, so that every sighting has one shape (one hidden class) in the code reading it.
   */
  title: string | undefined;
}

/** A sighting as the history keeps it: with the surnames of the person's aliases, worked out once. */
interface RecordedSighting {
  sighting: PersonSighting;
  surnames: ReadonlySet<string>;
}

/** The people a document has named so far, to resolve surnames and pronouns against. */
export interface SpeakerHistory {
  /** In document order (by `at`, equal ones in the order recorded). */
  sightings: RecordedSighting[];
  /** Surnames (and Korean family names) of every person sighted or in the gazetteer. */
  surnames: Set<string>;
}

const HANGUL_NAME = /^[가-힣]{2,4}$/u;
const HANGUL = /[가-힣]/u;

function readSurnames(name: string): string[] {
  const words = name.split(/\s+/u).filter((w) => w !== '');
  if (HANGUL_NAME.test(name)) return [name.slice(0, 1)];
  const first = words[0];
  const last = words[words.length - 1];
  if (words.length < 2 || first === undefined || last === undefined) return [];
  if (HANGUL.test(name)) return [last];
  const usable = (w: string) => w.length > 1 && !w.includes('-') && !w.endsWith('.');
  return [...new Set([first, last].filter(usable))];
}

/** Surnames of names already read (gazetteer aliases and titled names recur in every article); bounded. */
const SURNAMES_OF = new Map<string, readonly string[]>();
const SURNAMES_LIMIT = 50_000;

/**
 * The words of a name that may stand for the whole: first and last word of a Latin-script name
 * (Korean names are written family name first in English too: "Lee Jae Myung"), the first syllable of
 * a Korean name written without spaces, the last word of one written with them ("젠슨 황").
 */
export function listSurnames(name: string): readonly string[] {
  let surnames = SURNAMES_OF.get(name);
  if (surnames === undefined) {
    if (SURNAMES_OF.size >= SURNAMES_LIMIT) SURNAMES_OF.clear();
    surnames = readSurnames(name);
    SURNAMES_OF.set(name, surnames);
  }
  return surnames;
}

/**
 * The surnames of the gazetteer's people (`listSurnames` of every alias), each once, in the order
 * first found: every document starts knowing them (`compileProfile` reads them once per profile).
 */
export function listGazetteerSurnames(entities: Iterable<EntitySpec>): readonly string[] {
  const found = new Set<string>();
  for (const entity of entities) {
    if (entity.kind !== 'person') continue;
    for (const s of surnamesOfAliases(entity.aliases)) found.add(s);
  }
  return [...found];
}

/** A history without sightings, knowing `surnames` (e.g. the gazetteer's, `listGazetteerSurnames`). */
export function createSpeakerHistory(surnames: Iterable<string> = []): SpeakerHistory {
  return { sightings: [], surnames: new Set(surnames) };
}

/**
 * The surnames of a person written as `aliases` (`listSurnames` of each), by the aliases list: a
 * gazetteer person's list is one array for every sighting of them, in every document.
 */
const SURNAMES_OF_ALIASES = new WeakMap<readonly string[], ReadonlySet<string>>();

function surnamesOfAliases(aliases: readonly string[]): ReadonlySet<string> {
  let surnames = SURNAMES_OF_ALIASES.get(aliases);
  if (surnames === undefined) {
    const found = new Set<string>();
    for (const alias of aliases) for (const s of listSurnames(alias)) found.add(s);
    surnames = found;
    SURNAMES_OF_ALIASES.set(aliases, surnames);
  }
  return surnames;
}

/** Adds a sighting of a person written as `aliases`, keeping the history in document order. */
export function recordSighting(
  history: SpeakerHistory,
  sighting: PersonSighting,
  aliases: readonly string[],
): void {
  const surnames = surnamesOfAliases(aliases);
  for (const s of surnames) history.surnames.add(s);
  // After every sighting at or before this one; sightings mostly come in document order.
  const { sightings } = history;
  let i = sightings.length;
  while (i > 0 && sightings[i - 1]!.sighting.at > sighting.at) i--;
  sightings.splice(i, 0, { sighting, surnames });
}

function titleMatches(sighting: PersonSighting, title: string): boolean {
  const t = title.toLowerCase();
  const known = [sighting.title, sighting.person.role].filter((x): x is string => x !== undefined);
  return known.some((k) => k.toLowerCase().includes(t) || t.includes(k.toLowerCase()));
}

/**
 * The person a surname stands for: the one named most recently before `at` whose name has that surname,
 * preferring one named with the same title ("President Lee" is the president, not the chairman Lee).
 */
export function resolveSurname(
  history: SpeakerHistory,
  surname: string,
  at: number,
  title?: string,
): EntityValue | null {
  let latest: PersonSighting | undefined;
  for (let i = history.sightings.length - 1; i >= 0; i--) {
    const { sighting, surnames } = history.sightings[i]!;
    if (sighting.at >= at || !surnames.has(surname)) continue;
    if (!title) return sighting.person;
    latest ??= sighting;
    if (titleMatches(sighting, title)) return sighting.person;
  }
  return latest?.person ?? null;
}

/** The person a pronoun stands for: the most recent speaker or sentence subject before `at`. */
export function resolvePronoun(history: SpeakerHistory, at: number): EntityValue | null {
  for (let i = history.sightings.length - 1; i >= 0; i--) {
    const { sighting } = history.sightings[i]!;
    if (sighting.at < at && sighting.subject) return sighting.person;
  }
  return null;
}
