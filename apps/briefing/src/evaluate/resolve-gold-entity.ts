import type { EntitySpec, Profile } from '@dealbrief/core';
import { foldForMatching } from '@dealbrief/normalize';

/** Finds the gazetteer entity a gold name stands for, or undefined when the gazetteer lacks it. */
export type ResolveGoldEntity = (name: string) => EntitySpec | undefined;

/**
 * Builds a resolver over the profile's gazetteer: a name resolves to the entity whose `name` or any alias
 * equals it case-insensitively after folding (no-break spaces, hyphen look-alikes). Canonical names win
 * over aliases, earlier entities over later ones.
 */
export function buildGoldEntityResolver(profile: Pick<Profile, 'entities'>): ResolveGoldEntity {
  const byName = new Map<string, EntitySpec>();
  const byAlias = new Map<string, EntitySpec>();
  for (const entity of profile.entities) {
    const name = foldName(entity.name);
    if (!byName.has(name)) byName.set(name, entity);
    for (const alias of entity.aliases) {
      const key = foldName(alias);
      if (!byAlias.has(key)) byAlias.set(key, entity);
    }
  }
  return (name) => {
    const key = foldName(name);
    return byName.get(key) ?? byAlias.get(key);
  };
}

/** The form names are compared in: NFC, folded, lower case, trimmed. */
export function foldName(name: string): string {
  return foldForMatching(name.normalize('NFC')).toLowerCase().trim();
}
