import { type Claim, verifyCitation } from '@dealbrief/core';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims.js';
import { loadGoldClaims, loadSeedDocuments, loadTestProfile, overlaps, quoteRanges } from './test-seeds.js';

const profile = loadTestProfile();
const documents = loadSeedDocuments();
const claims: Claim[] = documents.flatMap((d) => extractClaims(d, profile));
const gold = loadGoldClaims();
const FIELDS = ['gpu_total', 'gpu_public_sector', 'gpu_private_sector', 'partner_companies', 'people'];

function goldValue(value: string | number | undefined): string {
  if (typeof value === 'number') return String(value);
  const entity = profile.entities.find((e) => e.name === value);
  return entity ? entity.id : String(value);
}

function claimValue(claim: Claim): string {
  if (claim.value.type === 'quantity') return String(claim.value.amount);
  if (claim.value.type === 'entity') return claim.value.id;
  return JSON.stringify(claim.value);
}

describe('extractClaims on the seeds', () => {
  it('finds every labelled claim of the first-slice fields, citing words that overlap the label', () => {
    const missing: string[] = [];
    for (const g of gold.filter((c) => FIELDS.includes(c.field))) {
      const document = documents.find((d) => d.source === g.source)!;
      const ranges = quoteRanges(document, g.quote);
      expect(ranges.length, `gold quote not in ${g.source}: ${g.quote}`).toBeGreaterThan(0);
      const hit = claims.find(
        (c) =>
          c.source === g.source &&
          c.field === g.field &&
          claimValue(c) === goldValue(g.value) &&
          (g.qualifier === undefined || (c.value.type === 'quantity' && c.value.qualifier === g.qualifier)) &&
          overlaps(c, ranges),
      );
      if (!hit) missing.push(`${g.source} ${g.field} ${g.value} ${g.qualifier ?? ''} “${g.quote}”`);
    }
    expect(missing).toEqual([]);
  });

  it('states nothing the labels do not (precision on the first-slice fields)', () => {
    const extra = claims
      .filter((c) => FIELDS.includes(c.field))
      .filter(
        (c) =>
          !gold.some(
            (g) =>
              g.source === c.source &&
              g.field === c.field &&
              goldValue(g.value) === claimValue(c) &&
              overlaps(c, quoteRanges(documents.find((d) => d.source === g.source)!, g.quote)),
          ),
      )
      .map((c) => `${c.id} ${claimValue(c)} “${c.citation.exact}”`);
    expect(extra).toEqual([]);
  });

  it('cites the smallest span: qualifier, figure and noun', () => {
    const byExact = (source: string, field: string) =>
      claims.filter((c) => c.source === source && c.field === field).map((c) => c.citation.exact);
    expect(byExact('000', 'gpu_total')).toEqual(['up to 260,000 graphics processing units']);
    expect(byExact('001', 'gpu_total')).toEqual(['bis zu 260.000 Grafikprozessoren']);
    expect(byExact('003', 'gpu_total')).toEqual([
      'more than a quarter\u2011million NVIDIA GPUs',
      '250,000 GPUs',
    ]);
    expect(byExact('002', 'gpu_public_sector')).toEqual([
      'About 50,000 units will be allocated to the public sector',
    ]);
  });

  it('reads a repeated paragraph once', () => {
    const fromRepeats = claims.filter((c) => c.source === '004' && c.field === 'gpu_public_sector');
    expect(fromRepeats).toHaveLength(1);
  });

  it('does not take the byline author for a participant', () => {
    expect(claims.some((c) => c.citation.exact.includes('Jeon Misun'))).toBe(false);
  });

  it('gives citations that verify against the text', () => {
    for (const claim of claims) {
      const document = documents.find((d) => d.source === claim.source)!;
      expect(verifyCitation(document.text, claim.citation), claim.id).toBeNull();
    }
  });

  it('is deterministic', () => {
    const again = documents.flatMap((d) => extractClaims(d, profile));
    expect(JSON.stringify(again)).toBe(JSON.stringify(claims));
  });
});

describe('people and their titles', () => {
  const exact = (source: string, id: string) =>
    claims
      .filter(
        (c) => c.source === source && c.field === 'people' && c.value.type === 'entity' && c.value.id === id,
      )
      .map((c) => c.citation.exact);

  it('never lets a title run across another name', () => {
    expect(exact('001', 'lee-hae-jin')).toEqual(['Naver-Gründer und Aufsichtsratsvorsitzender Lee Hae-jin']);
    expect(exact('001', 'chung-eui-sun')).toEqual(['Hyundai Motor Group-Executive Chair Euisun Chung']);
    expect(exact('002', 'chung-eui-sun')).toEqual([
      '정의선 현대차 회장',
      'Hyundai Motor Group Chairman Chung Euisun',
    ]);
  });

  it('reads Korean titles after the name', () => {
    expect(exact('002', 'jensen-huang')[0]).toBe('젠슨 황 엔비디아 최고경영자');
    expect(exact('002', 'chey-tae-won')[0]).toBe('최태원 SK회장');
  });
});
