import { fileURLToPath } from 'node:url';
import type { Field } from '@dealbrief/core';
import { priorOf, reconcileClaims } from '@dealbrief/reconcile';
import { describe, expect, it } from 'vitest';
import { evaluateSources } from './evaluate-sources.js';
import { loadGold } from './gold-schema.js';

const seeds = fileURLToPath(new URL('../../../../seeds/', import.meta.url));

interface GoldBriefingEntry {
  value?: string | number;
  values?: Record<string, string[]>;
  qualifier?: string;
  support?: string[];
  consistent?: string[];
  dissent?: { value: string | number; sources: string[] }[];
}

/** The reconciled fields of the seeds next to the gold's `briefing` block. */
async function reconcileSeeds() {
  const evaluation = await evaluateSources({ sourcesDir: seeds });
  const sources = evaluation.sources.map((s) => ({ ...s, weight: priorOf(s) }));
  const result = reconcileClaims({ claims: evaluation.claims, profile: evaluation.profile, sources });
  const gold = await loadGold();
  const briefing = (gold as unknown as { briefing: Record<string, GoldBriefingEntry> }).briefing;
  return { result, briefing, claims: evaluation.claims };
}

function plainValue(field: Field): string | number | undefined {
  const v = field.value;
  if (v === null) return undefined;
  if (v.type === 'quantity') return v.amount;
  if (v.type === 'money') return 'undisclosed' in v ? 'undisclosed' : v.amount;
  if (v.type === 'date') return 'date' in v ? v.date : v.weekday;
  if (v.type === 'entity') return v.name;
  if (v.type === 'text') return v.text;
  return undefined;
}

describe('the seeds reconciled against the gold briefing', async () => {
  const { result, briefing, claims } = await reconcileSeeds();
  const sourcesOfClaims = (ids: readonly string[]) =>
    [...new Set(ids.map((id) => claims.find((c) => c.id === id)!.source))].sort();

  it('groups the German translation with its original', () => {
    expect(result.groups.map((g) => [g.id, g.note])).toEqual([['000+001', '001 is a German version of 000']]);
  });

  for (const [key, expected] of Object.entries(briefing)) {
    it(`matches ${key}`, () => {
      const field = result.fields.find((f) => f.field === key);
      expect(field, key).toBeDefined();
      if (!field) return;
      if (expected.values) {
        const members = Object.fromEntries(
          field.members.map((m) => [m.value.type === 'entity' ? m.value.name : m.display, m.sources]),
        );
        expect(members).toEqual(expected.values);
        const lg = field.members.find((m) => m.display === 'LG');
        if (lg) expect(lg.status).toBe('single-source');
        return;
      }
      const value = plainValue(field);
      const gpuModel = field.members[0]?.value;
      expect(value ?? (gpuModel?.type === 'text' ? gpuModel.text : undefined)).toBe(expected.value);
      const support = field.cardinality === 'one' ? field.sources : (field.members[0]?.sources ?? []);
      expect(support).toEqual(expected.support);
      if (expected.qualifier && field.value?.type === 'quantity')
        expect(field.value.qualifier).toBe(expected.qualifier);
      expect(
        sourcesOfClaims(field.consistent).filter(
          (s) => !(expected.dissent ?? []).some((d) => d.sources.includes(s)),
        ),
      ).toEqual(expected.consistent ?? []);
      const dissent = (expected.dissent ?? []).flatMap((d) => d.sources);
      expect(sourcesOfClaims(field.dissent)).toEqual(dissent);
      // Independent witnesses: the translation group 000+001 counts once.
      const witnesses = new Set(
        support.map((s) => result.groups.find((g) => g.sources.includes(s))?.id ?? s),
      );
      expect(field.status).toBe(
        dissent.length > 0 ? 'disputed' : witnesses.size > 1 ? 'agreed' : 'single-source',
      );
    });
  }
});
