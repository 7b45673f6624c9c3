import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeChanges, diffBriefings, isUnchanged } from './diff-briefings.js';
import { type Briefing, BriefingSchema } from './schemas/briefing.js';

const sample: Briefing = BriefingSchema.parse(
  JSON.parse(
    readFileSync(new URL('../../../fixtures/briefing/sample-briefing.json', import.meta.url), 'utf8'),
  ),
);

describe('diffBriefings', () => {
  it('finds nothing between a briefing and itself', () => {
    const changes = diffBriefings(sample, sample, 'run-1');
    expect(isUnchanged(changes)).toBe(true);
    expect(changes.previous).toEqual({ runId: 'run-1', asOf: sample.asOf });
    expect(describeChanges(changes)).toEqual([]);
  });

  it('names a field whose value and status changed, a new field and a lost one', () => {
    const [first, second, ...rest] = sample.fields;
    const changed = { ...first!, display: '250,000 GPUs', status: 'agreed' as const };
    const lost = { ...second!, status: 'not-found' as const, display: '' };
    const current = { ...sample, fields: [changed, lost, ...rest] };
    const changes = diffBriefings(sample, current);
    expect(changes.fields.map((c) => [c.field, c.kind])).toEqual([
      [first!.field, 'changed'],
      [second!.field, 'removed'],
    ]);
    expect(describeChanges(changes)[0]).toBe(
      `${first!.label}: ${first!.display} → 250,000 GPUs (${first!.status} → agreed)`,
    );
    const back = diffBriefings(current, sample);
    expect(back.fields.find((c) => c.field === second!.field)?.kind).toBe('new');
  });

  it('tells edited, new and removed sources, and claims by their evidence rather than their ids', () => {
    const [kept, edited, gone, ...others] = sample.sources;
    const current: Briefing = {
      ...sample,
      sources: [
        kept!,
        { ...edited!, sha256: 'f'.repeat(64) },
        ...others,
        { ...gone!, file: 'new.txt', id: 'new' },
      ],
      claims: sample.claims.map((c, i) => ({ ...c, id: `renumbered-${i}` })),
    };
    const changes = diffBriefings(sample, current);
    expect(changes.sources).toEqual({ added: ['new.txt'], removed: [gone!.file], changed: [edited!.file] });
    // Renumbering alone changes no claim; claims of the edited or renamed source count as new and gone.
    const touched = sample.claims.filter((c) => c.source === edited!.id || c.source === gone!.id).length;
    expect(changes.claims.added).toHaveLength(touched);
    expect(changes.claims.removed).toHaveLength(touched);
  });
});
