import type { EntitySpec, FieldSpec, Language, Profile } from '@dealbrief/core';
import { createEntityMatcher, type EntityMatcher } from '@dealbrief/normalize';
import { compilePatterns } from './compile-patterns.js';

const LANGUAGES: readonly Language[] = ['en', 'de', 'ko'];

/** A pattern list compiled once per language. */
export type LangRegex = Record<Language, RegExp | null>;

function compileAll(patterns: FieldSpec['cues']): LangRegex {
  return {
    en: compilePatterns(patterns, 'en'),
    de: compilePatterns(patterns, 'de'),
    ko: compilePatterns(patterns, 'ko'),
  };
}

export interface CompiledQuantityField {
  spec: FieldSpec;
  unit: string;
  cues: LangRegex;
  antiCues: LangRegex;
  /** Gazetteer ids whose mention also cues this field (from `cueEntityFields`). */
  cueEntities: ReadonlySet<string>;
  hasCues: boolean;
}

export interface CompiledUnit {
  nouns: LangRegex;
  counters: LangRegex;
}

/** A profile with every pattern compiled and the gazetteer indexed; build once, use for every document. */
export interface CompiledProfile {
  profile: Profile;
  quantityFields: CompiledQuantityField[];
  units: Map<string, CompiledUnit>;
  /** Fields read by the enumeration rule (organisations named together). */
  enumerationFields: FieldSpec[];
  /** Fields read by the people rule (gazetteer people with titles). */
  peopleFields: FieldSpec[];
  entities: Map<string, EntitySpec>;
  matcher: EntityMatcher;
}

/** Compiles a profile for extraction. */
export function compileProfile(profile: Profile): CompiledProfile {
  const units = new Map<string, CompiledUnit>();
  for (const [key, unit] of Object.entries(profile.units)) {
    units.set(key, { nouns: compileAll(unit.nouns), counters: compileAll(unit.counters) });
  }
  const quantityFields = profile.fields
    .filter((f) => f.extractor === 'quantity' && f.unit !== undefined)
    .map((spec) => {
      const cueFields = spec.cueEntityFields ?? [];
      const cueEntities = new Set(
        profile.entities.filter((e) => e.fields.some((f) => cueFields.includes(f))).map((e) => e.id),
      );
      return {
        spec,
        unit: spec.unit!,
        cues: compileAll(spec.cues),
        antiCues: compileAll(spec.antiCues),
        cueEntities,
        hasCues: cueEntities.size > 0 || LANGUAGES.some((l) => (spec.cues?.[l]?.length ?? 0) > 0),
      };
    });
  return {
    profile,
    quantityFields,
    units,
    enumerationFields: profile.fields.filter((f) => f.extractor === 'enumeration'),
    peopleFields: profile.fields.filter((f) => f.extractor === 'people'),
    entities: new Map(profile.entities.map((e) => [e.id, e])),
    matcher: createEntityMatcher(profile.entities),
  };
}
