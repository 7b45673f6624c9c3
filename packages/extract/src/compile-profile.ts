import type { EntitySpec, Extractor, FieldSpec, LangPatterns, Language, Profile } from '@dealbrief/core';
import { createEntityMatcher, type EntityMatcher } from '@dealbrief/normalize';
import { compilePatterns, stickyCopy } from './compile-patterns.js';
import { type AliasFacts, readAliasFacts } from './masked-paragraph.js';
import { compilePhraseGate, type PhraseGate, preparePhraseGate } from './phrase-gate.js';
import { listGazetteerSurnames } from './speaker-history.js';

const LANGUAGES: readonly Language[] = ['en', 'de', 'ko'];

/** A pattern list compiled once per language. */
export type LangRegex = Record<Language, RegExp | null>;

/** Compiles a pattern list for every language. */
export function compileAll(
  patterns: LangPatterns | undefined,
  compile: (patterns: LangPatterns | undefined, language: Language) => RegExp | null = compilePatterns,
): LangRegex {
  return { en: compile(patterns, 'en'), de: compile(patterns, 'de'), ko: compile(patterns, 'ko') };
}

/** Phrase gates of each language ready for gateStarts (see preparePhraseGate). */
export type LangGate = Record<Language, PhraseGate | null>;

function prepareAll(gates: LangRegex): LangGate {
  return {
    en: preparePhraseGate(gates.en),
    de: preparePhraseGate(gates.de),
    ko: preparePhraseGate(gates.ko),
  };
}

/** Sticky copies of compiled patterns (see stickyCopy). */
function stickyAll(patterns: LangRegex): LangRegex {
  return { en: stickyCopy(patterns.en), de: stickyCopy(patterns.de), ko: stickyCopy(patterns.ko) };
}

/** One pattern list per language holding every list's patterns. */
function unitePatterns(lists: readonly LangPatterns[]): LangPatterns {
  const unite = (language: Language) => lists.flatMap((list) => list[language] ?? []);
  return { en: unite('en'), de: unite('de'), ko: unite('ko') };
}

/** A catalogue field with its patterns compiled. */
export interface CompiledField {
  spec: FieldSpec;
  cues: LangRegex;
  /** `cues` matching only at `lastIndex` (see stickyCopy), tried where a gate found a cue may start. */
  stickyCues: LangRegex;
  antiCues: LangRegex;
  /** Gazetteer ids whose mention also cues this field (from `cueEntityFields`). */
  cueEntities: ReadonlySet<string>;
  /** Gazetteer ids of the entities the field allows (those that list the field in their `fields`). */
  allowedEntities: ReadonlySet<string>;
  hasCues: boolean;
  priority: number;
  /** Vocabulary entries: `patterns` global, `stickyPatterns` the same matching only at `lastIndex`. */
  vocabulary: { value: string; patterns: LangRegex; stickyPatterns: LangRegex }[];
  /**
   * Every vocabulary phrase of the field in one edged pattern per language (compilePatterns, unlike the
   * profile's `vocabularyStarts`), sticky: where it fails, no entry of the field matches.
   */
  anyVocabulary: LangRegex;
  labels: { label: string; patterns: LangRegex }[];
}

/** Backwards name: the quantity rule works on compiled fields. */
export type CompiledQuantityField = CompiledField & { unit: string };

/**
 * The quantity-rule fields of one unit and the gate that finds where their cues may start, and the unit's
 * allocation-rule fields.
 */
export interface QuantityUnitFields {
  /**
   * The unit's fields read by the quantity rule (not the allocation rule), in catalogue order; empty for a
   * unit that has allocation fields only.
   */
  fields: CompiledQuantityField[];
  /**
   * Every cue phrase of those fields in one pattern per language without edge checks (see
   * compilePhraseGate; global): it matches wherever a field's cue pattern matches, so one scan of a
   * clause lists every position at which a field's `stickyCues` need be tried, instead of one scan per
   * field. Clauses are short: a start table in front of this scan (as the vocabulary gate has) was tried
   * and gained nothing.
   */
  cueGate: LangRegex;
  /** Whether some of those fields has cue entities (then a clause's gazetteer mentions are read). */
  hasCueEntities: boolean;
  /** The unit's allocation-rule fields that have cue entities (its recipients), in catalogue order. */
  allocationFields: CompiledQuantityField[];
}

export interface CompiledUnit {
  /** The unit's key in the profile. */
  key: string;
  nouns: LangRegex;
  counters: LangRegex;
}

/** A profile with every pattern compiled and the gazetteer indexed; build once, use for every document. */
export interface CompiledProfile {
  profile: Profile;
  fields: CompiledField[];
  /** Fields of each extractor, in catalogue order. */
  byExtractor: ReadonlyMap<Extractor, CompiledField[]>;
  quantityFields: CompiledQuantityField[];
  /** The quantity and allocation rules' fields by unit key (units without such fields are absent). */
  quantityByUnit: ReadonlyMap<string, QuantityUnitFields>;
  /** The profile's units by key; read-only, since `unitList` holds the same units. */
  units: ReadonlyMap<string, CompiledUnit>;
  /**
   * The values of `units` in the same (profile) order, as an array: the quantity rule walks every unit for
   * every figure, and an indexed loop over an array is a smaller compiled loop than destructuring
   * iteration over a Map.
   */
  unitList: readonly CompiledUnit[];
  /** Fields read by the people rule (gazetteer people with titles). */
  peopleFields: FieldSpec[];
  entities: Map<string, EntitySpec>;
  matcher: EntityMatcher;
  /** What the gazetteer's aliases allow the quote rule to reuse from sentences (see `readMaskedParagraph`). */
  aliasFacts: AliasFacts;
  /** Surnames of the gazetteer's people, which every document's speaker history starts with. */
  gazetteerSurnames: readonly string[];
  /**
   * Every vocabulary phrase of every vocabulary field in one gate per language, without edge checks (see
   * compilePhraseGate), unlike each field's edged `CompiledField.anyVocabulary`, ready for gateStarts.
   * Most sentences name none, and one scan tells so instead of one scan per field; where it matches, it
   * lists every position at which a phrase may match.
   */
  vocabularyStarts: LangGate;
}

function compileField(spec: FieldSpec, entities: ReadonlyMap<string, EntitySpec>): CompiledField {
  const cueFields = spec.cueEntityFields ?? [];
  const cueEntities = new Set<string>();
  const allowedEntities = new Set<string>();
  for (const [id, entity] of entities) {
    if (entity.fields.some((f) => cueFields.includes(f))) cueEntities.add(id);
    if (entity.fields.includes(spec.key)) allowedEntities.add(id);
  }
  const cues = compileAll(spec.cues);
  return {
    spec,
    cues,
    stickyCues: stickyAll(cues),
    antiCues: compileAll(spec.antiCues),
    cueEntities,
    allowedEntities,
    hasCues: cueEntities.size > 0 || LANGUAGES.some((l) => (spec.cues?.[l]?.length ?? 0) > 0),
    priority: spec.priority ?? 0,
    vocabulary: (spec.vocabulary ?? []).map((v) => {
      const patterns = compileAll(v.patterns);
      return { value: v.value, patterns, stickyPatterns: stickyAll(patterns) };
    }),
    anyVocabulary: stickyAll(compileAll(unitePatterns((spec.vocabulary ?? []).map((v) => v.patterns)))),
    labels: Object.entries(spec.labels ?? {}).map(([label, patterns]) => ({
      label,
      patterns: compileAll(patterns),
    })),
  };
}

/**
 * The quantity and allocation rules' fields of each unit, with the cue gate of the quantity fields (see
 * QuantityUnitFields); units without such fields are absent.
 */
function groupQuantityFields(
  quantityFields: readonly CompiledQuantityField[],
): Map<string, QuantityUnitFields> {
  const byUnit = new Map<string, QuantityUnitFields>();
  for (const unit of new Set(quantityFields.map((f) => f.unit))) {
    const fields = quantityFields.filter((f) => f.unit === unit && f.spec.extractor === 'quantity');
    const allocationFields = quantityFields.filter(
      (f) => f.unit === unit && f.spec.extractor === 'allocation' && f.cueEntities.size > 0,
    );
    if (fields.length === 0 && allocationFields.length === 0) continue;
    const cues = unitePatterns(fields.flatMap((f) => (f.spec.cues === undefined ? [] : [f.spec.cues])));
    byUnit.set(unit, {
      fields,
      cueGate: compileAll(cues, compilePhraseGate),
      hasCueEntities: fields.some((f) => f.cueEntities.size > 0),
      allocationFields,
    });
  }
  return byUnit;
}

/** Compiles a profile for extraction. */
export function compileProfile(profile: Profile): CompiledProfile {
  const units = new Map<string, CompiledUnit>();
  for (const [key, unit] of Object.entries(profile.units)) {
    units.set(key, { key, nouns: compileAll(unit.nouns), counters: compileAll(unit.counters) });
  }
  const entities = new Map(profile.entities.map((e) => [e.id, e]));
  const fields = profile.fields.map((spec) => compileField(spec, entities));
  const byExtractor = new Map<Extractor, CompiledField[]>();
  for (const field of fields)
    byExtractor.set(field.spec.extractor, [...(byExtractor.get(field.spec.extractor) ?? []), field]);
  const withUnit = (f: CompiledField): f is CompiledQuantityField => f.spec.unit !== undefined;
  const quantityFields = fields
    .filter((f) => f.spec.extractor === 'quantity' || f.spec.extractor === 'allocation')
    .filter(withUnit)
    .map((f) => ({ ...f, unit: f.spec.unit! }));
  const vocabularyGate = compileAll(
    unitePatterns(
      (byExtractor.get('vocabulary') ?? []).flatMap((f) => (f.spec.vocabulary ?? []).map((v) => v.patterns)),
    ),
    compilePhraseGate,
  );
  return {
    profile,
    fields,
    byExtractor,
    quantityFields,
    quantityByUnit: groupQuantityFields(quantityFields),
    units,
    unitList: [...units.values()],
    peopleFields: profile.fields.filter((f) => f.extractor === 'people'),
    entities,
    matcher: createEntityMatcher(profile.entities),
    aliasFacts: readAliasFacts(profile.entities),
    gazetteerSurnames: listGazetteerSurnames(entities.values()),
    vocabularyStarts: prepareAll(vocabularyGate),
  };
}
