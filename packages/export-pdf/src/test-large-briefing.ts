import {
  type Briefing,
  BriefingSchema,
  type Claim,
  type Field,
  type FieldMember,
  formatNumber,
} from '@dealbrief/core';
import { TEST_BRIEFING } from './test-briefing.js';

/** The id of copy `copy` of a fixture source or claim id: the id itself for copy 0, else `<id>-<copy>`. */
export function copyId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}-${copy}`;
}

function copyIds(ids: readonly string[], copies: number): string[] {
  return Array.from({ length: copies }, (_, copy) => ids.map((id) => copyId(id, copy))).flat();
}

function copyClaim(claim: Claim, copy: number): Claim {
  return {
    ...claim,
    id: copyId(claim.id, copy),
    source: copyId(claim.source, copy),
    confidence: Math.max(0, Math.round((claim.confidence - 0.01 * (copy % 7)) * 100) / 100),
  };
}

function copyMember(member: FieldMember, copies: number): FieldMember {
  return {
    ...member,
    support: copyIds(member.support, copies),
    dissent: copyIds(member.dissent, copies),
    consistent: copyIds(member.consistent, copies),
    sources: copyIds(member.sources, copies),
  };
}

function copyField(field: Field, copies: number): Field {
  return {
    ...field,
    members: field.members.map((member) => copyMember(member, copies)),
    support: copyIds(field.support, copies),
    dissent: copyIds(field.dissent, copies),
    consistent: copyIds(field.consistent, copies),
    sources: copyIds(field.sources, copies),
  };
}

/** A rationale far over the PDF's limit: one clause per copy of source 003. */
export function longRationale(copies: number): string {
  const clauses = Array.from(
    { length: copies * 40 },
    (_, n) => `${copyId('003', n % copies)} says 50,000 GPUs`,
  );
  return `50,000 GPUs — ${clauses.join('; ')}.`;
}

/** An answer that ties many values: "about 100,001 GPUs or about 100,002 GPUs or …" (60 of them). */
export const TIED_ANSWER = Array.from(
  { length: 60 },
  (_, n) => `about ${formatNumber(100_001 + n)} GPUs`,
).join(' or ');

/**
 * The fixture as a large corpus: every source `copies` times (`000`, `000-1`, `000-2`…) with its claims
 * (confidence a little lower in each copy), every field citing every copy; each copy of 000 and 001 a
 * witness group, and all copies of 002 one more ("002 and its copies", a long group id). The public-sector
 * field has a very long rationale, the private-sector answer ties 60 values.
 */
export function buildLargeBriefing(copies: number): Briefing {
  const sources = Array.from({ length: copies }, (_, copy) =>
    TEST_BRIEFING.sources.map((source) => ({
      ...source,
      id: copyId(source.id, copy),
      file: `${copyId(source.id, copy)}_${source.file.split('_').slice(1).join('_')}`,
    })),
  ).flat();
  const claims = Array.from({ length: copies }, (_, copy) =>
    TEST_BRIEFING.claims.map((claim) => copyClaim(claim, copy)),
  ).flat();
  const fields = TEST_BRIEFING.fields.map((field) => {
    const copied = copyField(field, copies);
    if (field.field === 'gpu_public_sector') return { ...copied, rationale: longRationale(copies) };
    return copied;
  });
  fields.push({
    ...fields.find((field) => field.field === 'deal_value')!,
    field: 'gpu_private_sector',
    label: 'GPUs for private companies',
    display: TIED_ANSWER,
    value: { type: 'quantity', amount: 100_001, unit: 'GPU', qualifier: 'about' },
  });
  const copiesOf002 = Array.from({ length: copies }, (_, copy) => copyId('002', copy));
  const groups = [
    ...Array.from({ length: copies }, (_, copy) => ({
      id: `${copyId('000', copy)}+${copyId('001', copy)}`,
      sources: [copyId('000', copy), copyId('001', copy)],
      relation: 'translation' as const,
      note: `${copyId('001', copy)} is a German version of ${copyId('000', copy)}`,
    })),
    {
      id: copiesOf002.join('+'),
      sources: copiesOf002,
      relation: 'copy' as const,
      note: copiesOf002
        .slice(1)
        .map((id) => `${id} repeats 002`)
        .join('; '),
    },
  ];
  return BriefingSchema.parse({ ...TEST_BRIEFING, sources, claims, fields, groups });
}
