import { type Briefing, BriefingSchema, type Claim, type FieldMember, formatNumber } from '@dealbrief/core';
import { TEST_BRIEFING } from './test-briefing.js';

/** Recipients and amounts of the test allocations (each "up to" except Naver Cloud's). */
export const TEST_ALLOCATIONS = [
  { id: 'samsung-electronics', name: 'Samsung Electronics', amount: 50_000, source: '004' },
  { id: 'sk-group', name: 'SK Group', amount: 50_000, source: '004' },
  { id: 'hyundai-motor-group', name: 'Hyundai Motor Group', amount: 50_000, source: '002' },
  { id: 'naver-cloud', name: 'Naver Cloud', amount: 60_000, source: '005' },
] as const;

function buildClaim(allocation: (typeof TEST_ALLOCATIONS)[number], index: number): Claim {
  const qualifier = allocation.id === 'naver-cloud' ? 'exact' : 'up_to';
  const exact = `${allocation.name} ${qualifier === 'up_to' ? 'up to ' : ''}${allocation.amount}`;
  return {
    id: `${allocation.source}-gpu_allocations-${index + 1}`,
    field: 'gpu_allocations',
    value: {
      type: 'allocation',
      recipient: { type: 'entity', id: allocation.id, name: allocation.name, kind: 'org' },
      quantity: { type: 'quantity', amount: allocation.amount, unit: 'GPU', qualifier },
    },
    display: `${allocation.name}: ${qualifier === 'up_to' ? 'up to ' : ''}${formatNumber(allocation.amount)} GPUs`,
    source: allocation.source,
    citation: {
      start: 10 * index,
      end: 10 * index + exact.length,
      exact,
      prefix: '',
      suffix: '',
      line: 7 + index,
      column: 3,
    },
    rule: 'allocation',
    confidence: 0.8,
  };
}

const claims = TEST_ALLOCATIONS.map(buildClaim);

const members: FieldMember[] = claims.map((claim) => ({
  value: claim.value,
  display: claim.display,
  status: 'single-source',
  support: [claim.id],
  dissent: [],
  consistent: [],
  sources: [claim.source],
  confidence: 0.6,
}));

/** The sample briefing plus a `gpu_allocations` field with four cited allocation members. */
export const ALLOCATION_BRIEFING: Briefing = BriefingSchema.parse({
  ...TEST_BRIEFING,
  claims: [...TEST_BRIEFING.claims, ...claims],
  fields: [
    ...TEST_BRIEFING.fields,
    {
      field: 'gpu_allocations',
      label: 'GPUs per recipient',
      cardinality: 'many',
      value: null,
      display: members.map((member) => member.display).join('; '),
      members,
      status: 'single-source',
      support: claims.map((claim) => claim.id),
      dissent: [],
      consistent: [],
      sources: ['002', '004', '005'],
      confidence: 0.6,
      rationale: 'Each allocation is named by one source.',
    },
  ],
});
