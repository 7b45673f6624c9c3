import type { EntityValue } from '@dealbrief/core';

/** A person named somewhere in the document: who, where (UTF-16 offset in the document) and how. */
export interface PersonSighting {
  person: EntityValue;
  at: number;
  /** The person is the subject of the sentence (or a speaker), so a later pronoun may stand for them. */
  subject: boolean;
  /** The title written next to the name here, if any ("President", "대통령"). */
  title?: string;
}

/** The people a document has named so far, to resolve surnames and pronouns against. */
export interface SpeakerHistory {
  sightings: PersonSighting[];
  /** Surnames (and Korean family names) of every person sighted or in the gazetteer. */
  surnames: Set<string>;
}

/**
 * The words of a name that may stand for the whole: first and last word of a Latin-script name
 * (Korean names are written family name first in English too: "Lee Jae Myung"), the first syllable of
 * a Korean name written without spaces, the last word of one written with them ("젠슨 황").
 */
export function listSurnames(name: string): string[] {
  const words = name.split(/\s+/u).filter((w) => w !== '');
  if (/^[가-힣]{2,4}$/u.test(name)) return [name.slice(0, 1)];
  const first = words[0];
  const last = words[words.length - 1];
  if (words.length < 2 || first === undefined || last === undefined) return [];
  if (/[가-힣]/u.test(name)) return [last];
  const usable = (w: string) => w.length > 1 && !w.includes('-') && !w.endsWith('.');
  return [...new Set([first, last].filter(usable))];
}

/** An empty history. */
export function createSpeakerHistory(): SpeakerHistory {
  return { sightings: [], surnames: new Set() };
}

/** Adds a sighting, keeping the history in document order. */
export function recordSighting(
  history: SpeakerHistory,
  sighting: PersonSighting,
  aliases: readonly string[],
): void {
  const i = history.sightings.findIndex((s) => s.at > sighting.at);
  history.sightings.splice(i === -1 ? history.sightings.length : i, 0, sighting);
  for (const alias of aliases) for (const s of listSurnames(alias)) history.surnames.add(s);
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
  aliasesOf: (person: EntityValue) => readonly string[],
  title?: string,
): EntityValue | null {
  const earlier = history.sightings
    .filter((s) => s.at < at && aliasesOf(s.person).some((a) => listSurnames(a).includes(surname)))
    .reverse();
  const titled = title ? earlier.find((s) => titleMatches(s, title)) : undefined;
  return (titled ?? earlier[0])?.person ?? null;
}

/** The person a pronoun stands for: the most recent speaker or sentence subject before `at`. */
export function resolvePronoun(history: SpeakerHistory, at: number): EntityValue | null {
  for (let i = history.sightings.length - 1; i >= 0; i--) {
    const s = history.sightings[i]!;
    if (s.at < at && s.subject) return s.person;
  }
  return null;
}
