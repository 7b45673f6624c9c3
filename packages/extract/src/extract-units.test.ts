import { type Claim, type Profile, ProfileSchema } from '@dealbrief/core';
import { parseDocument } from '@dealbrief/parse';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims.js';
import { loadTestProfile } from './test-seeds.js';

/**
 * A profile with more units than the bundled one (which counts GPUs only): units are read in the
 * profile's order, a unit may have an allocation field and no quantity field, and quantity fields of
 * one unit may share a priority or have a negative one.
 */
function variantProfile(): Profile {
  const base = structuredClone(loadTestProfile());
  const quantity = (key: string, unit: string, extra: object) => ({
    key,
    label: key,
    description: key,
    type: 'quantity',
    cardinality: 'many',
    extractor: 'quantity',
    unit,
    ...extra,
  });
  return ProfileSchema.parse({
    ...base,
    units: {
      server: {
        nouns: { en: ['servers?'], de: ['Server'], ko: ['서버'] },
        counters: { en: ['racks?'], de: ['Racks'], ko: ['랙'] },
      },
      ...base.units,
      robot: {
        nouns: { en: ['robots?'], de: ['Roboter'], ko: ['로봇'] },
        counters: { en: ['units?'], de: ['Stück'], ko: ['대'] },
      },
    },
    fields: [
      ...base.fields,
      {
        key: 'server_allocations',
        label: 'Servers per recipient',
        description: 'Servers each company receives.',
        type: 'allocation',
        cardinality: 'many',
        extractor: 'allocation',
        unit: 'server',
        cueEntityFields: ['partner_companies'],
      },
      quantity('robots_companies', 'robot', {
        priority: 2,
        cues: { en: ['companies'], de: ['Unternehmen'], ko: ['기업'] },
      }),
      quantity('robots_government', 'robot', {
        priority: 2,
        cues: { en: ['government'], de: ['Regierung'], ko: ['정부'] },
      }),
      quantity('robots_firms', 'robot', {
        priority: -1,
        cues: { en: ['firms'], de: ['Firmen'], ko: ['회사'] },
      }),
      quantity('robots_total', 'robot', {}),
    ],
  });
}

const profile = variantProfile();

function claimsOf(text: string): Claim[] {
  const { document } = parseDocument({ file: 'article.txt', bytes: new TextEncoder().encode(text) });
  if (!document) throw new Error('did not parse');
  return extractClaims(document, profile, {});
}

/** "field: display" of every claim, in the order extracted. */
function listed(claims: Claim[]): string[] {
  return claims.map((c) => `${c.field}: ${c.display}`);
}

describe('a profile with several units', () => {
  it('reads each figure with the unit its noun names', () => {
    expect(
      listed(claimsOf('The companies will get 5,000 robots. Naver ordered 300 servers and 260,000 GPUs.')),
    ).toEqual([
      'robots_companies: 5,000 robots',
      'server_allocations: Naver: 300 servers',
      'gpu_allocations: Naver: 260,000 GPUs',
    ]);
  });

  it('gives a unit with only an allocation field its allocations', () => {
    expect(listed(claimsOf('Samsung and SK will each receive 2,000 servers.'))).toEqual([
      'partner_companies: Samsung Electronics',
      'server_allocations: Samsung Electronics: 2,000 servers',
      'partner_companies: SK Group',
      'server_allocations: SK Group: 2,000 servers',
    ]);
  });

  it('gives the figure to the one cued field of the top priority, and to the whole when two share it', () => {
    expect(listed(claimsOf('The government will get 700 robots.'))).toEqual([
      'robots_government: 700 robots',
    ]);
    expect(listed(claimsOf('The government and companies will get 900 robots.'))).toEqual([
      'robots_total: 900 robots',
    ]);
  });

  it('lets a field of priority 2 win over a cued field of negative priority, which alone still takes its figure', () => {
    expect(listed(claimsOf('The government and firms will get 800 robots.'))).toEqual([
      'robots_government: 800 robots',
    ]);
    expect(listed(claimsOf('The firms will get 400 robots.'))).toEqual(['robots_firms: 400 robots']);
  });
});
