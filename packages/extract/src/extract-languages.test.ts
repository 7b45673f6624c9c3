import type { Claim } from '@dealbrief/core';
import { parseDocument } from '@dealbrief/parse';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims.js';
import { loadTestProfile } from './test-seeds.js';

const profile = loadTestProfile();

function claimsOf(text: string): Claim[] {
  const { document } = parseDocument({ file: 'article.txt', bytes: new TextEncoder().encode(text) });
  if (!document) throw new Error('did not parse');
  return extractClaims(document, profile);
}

function summary(claims: Claim[], field: string): string[] {
  return claims
    .filter((c) => c.field === field)
    .map((c) =>
      c.value.type === 'quantity'
        ? `${c.value.qualifier} ${c.value.amount} “${c.citation.exact}”`
        : c.display,
    );
}

describe('quantities, written the way each language writes them', () => {
  it('reads Korean figures with counters and trailing qualifiers', () => {
    const claims = claimsOf(
      '엔비디아는 한국 정부와 기업에 최신 GPU 26만 장을 공급한다. 이 가운데 공공 부문에는 5만 장 가량이 배정된다.',
    );
    expect(summary(claims, 'gpu_total')).toEqual(['exact 260000 “26만 장”']);
    expect(summary(claims, 'gpu_public_sector')).toEqual(['about 50000 “공공 부문에는 5만 장 가량”']);
  });

  it('reads Korean figures that lead with 최대 and trail with 이상', () => {
    const claims = claimsOf(
      '정부와 민간은 엔비디아 그래픽처리장치(GPU)를 최대 26만 개 확보한다. 국내 AI GPU는 30만 개 이상으로 늘어난다.',
    );
    expect(summary(claims, 'gpu_total')[0]).toBe('up_to 260000 “최대 26만 개”');
  });

  it('reads German separators, magnitudes and qualifiers', () => {
    const claims = claimsOf(
      'Nvidia liefert rund 260 000 Grafikprozessoren an Regierung und Konzerne in Südkorea. ' +
        'Mehr als 50.000 GPUs gehen an den öffentlichen Sektor.',
    );
    expect(summary(claims, 'gpu_total')).toEqual(['about 260000 “rund 260 000 Grafikprozessoren”']);
    expect(summary(claims, 'gpu_public_sector')).toEqual([
      'more_than 50000 “Mehr als 50.000 GPUs gehen an den öffentlichen Sektor”',
    ]);
  });

  it('reads English verbal magnitudes and "as many as"', () => {
    const claims = claimsOf(
      'Nvidia will ship as many as a quarter-million chips to Korean firms and the government.',
    );
    expect(summary(claims, 'gpu_total')).toEqual(['up_to 250000 “as many as a quarter-million chips”']);
  });

  it('does not take years, percentages, money or model numbers for GPU counts', () => {
    const claims = claimsOf(
      'Nvidia, valued at $5 trillion, said its Blackwell B200 chips will be 30% faster by 2030. ' +
        'Call 02-1234-5678 for details.',
    );
    expect(claims.filter((c) => c.value.type === 'quantity')).toEqual([]);
  });

  it('gives a bare figure the unit of a coordinated clause', () => {
    const claims = claimsOf(
      'About 40,000 GPUs go to the public sector, while roughly 180,000 will go to private companies.',
    );
    expect(summary(claims, 'gpu_private_sector')).toEqual([
      'about 180000 “roughly 180,000 will go to private companies”',
    ]);
  });

  it('does not count generic "units" without a GPU noun nearby', () => {
    expect(claimsOf('The developer plans 50,000 housing units in Seoul.')).toEqual([]);
  });
});

describe('partner companies', () => {
  it('takes organisations listed together, in each language', () => {
    expect(
      summary(claimsOf('Nvidia will supply chips to Samsung, SK and Naver.'), 'partner_companies'),
    ).toEqual(['Samsung Electronics', 'SK Group', 'Naver']);
    expect(summary(claimsOf('Abnehmer sind Samsung Electronics und Hyundai.'), 'partner_companies')).toEqual([
      'Samsung Electronics',
      'Hyundai Motor Group',
    ]);
    expect(
      summary(claimsOf('삼성전자와 SK그룹, 네이버클라우드가 GPU를 받는다.'), 'partner_companies'),
    ).toEqual(['Samsung Electronics', 'SK Group', 'Naver']);
  });

  it('does not take the employers in a list of people with titles', () => {
    const claims = claimsOf(
      'Guests included Samsung Chairman Lee Jae-yong and SK Group Chairman Chey Tae-won.',
    );
    expect(summary(claims, 'partner_companies')).toEqual([]);
    expect(summary(claims, 'people')).toEqual([
      'Lee Jae-yong (Samsung Electronics Chairman)',
      'Chey Tae-won (SK Group Chairman)',
    ]);
  });

  it('does not take foreign firms the gazetteer does not list as partners', () => {
    expect(summary(claimsOf('BlackRock and OpenAI will join the projects.'), 'partner_companies')).toEqual(
      [],
    );
  });
});

describe('the role of a figure', () => {
  it('is the total when the recipients are the government and named companies', () => {
    const claims = claimsOf(
      'Nvidia will supply more than 260,000 GPUs to the government and Samsung, SK and Naver.',
    );
    expect(summary(claims, 'gpu_total')).toEqual(['more_than 260000 “more than 260,000 GPUs”']);
    expect(summary(claims, 'gpu_public_sector')).toEqual([]);
  });

  it('is the private share when only companies receive it', () => {
    const claims = claimsOf('Separately, 200,000 GPUs will go to Samsung, SK and Naver.');
    expect(summary(claims, 'gpu_private_sector')).toEqual(['exact 200000 “200,000 GPUs will go to Samsung”']);
  });
});
