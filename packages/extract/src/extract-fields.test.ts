import type { Claim } from '@dealbrief/core';
import { parseDocument } from '@dealbrief/parse';
import { describe, expect, it } from 'vitest';
import { type ExtractContext, extractClaims } from './extract-claims.js';
import { loadTestProfile } from './test-seeds.js';

const profile = loadTestProfile();

function claimsOf(text: string, context: ExtractContext = {}): Claim[] {
  const { document } = parseDocument({ file: 'article.txt', bytes: new TextEncoder().encode(text) });
  if (!document) throw new Error('did not parse');
  return extractClaims(document, profile, context);
}

/** "display “exact”" of every claim of a field. */
function of(claims: Claim[], field: string): string[] {
  return claims.filter((c) => c.field === field).map((c) => `${c.display} “${c.citation.exact}”`);
}

describe('GPU allocations per recipient', () => {
  it('gives each named company the figure "each" refers to, and a single recipient its own', () => {
    const claims = claimsOf(
      'Samsung, SK and Hyundai will each receive up to 50,000 GPUs, while Naver Cloud gets 60,000.',
    );
    expect(of(claims, 'gpu_allocations')).toEqual([
      'Samsung Electronics: up to 50,000 GPUs “Samsung, SK and Hyundai will each receive up to 50,000 GPUs”',
      'SK Group: up to 50,000 GPUs “SK and Hyundai will each receive up to 50,000 GPUs”',
      'Hyundai Motor Group: up to 50,000 GPUs “Hyundai will each receive up to 50,000 GPUs”',
      'Naver: 60,000 GPUs “Naver Cloud gets 60,000”',
    ]);
    expect(of(claims, 'gpu_total')).toEqual([]);
    expect(of(claims, 'gpu_private_sector')).toEqual([]);
  });

  it('reads Korean 각각 and German je', () => {
    const ko = claimsOf('삼성전자와 SK그룹은 각각 GPU 5만 개, 네이버클라우드는 6만 개를 받는다.');
    expect(of(ko, 'gpu_allocations').map((s) => s.split(' “')[0])).toEqual([
      'Samsung Electronics: 50,000 GPUs',
      'SK Group: 50,000 GPUs',
      'Naver: 60,000 GPUs',
    ]);
    const de = claimsOf('Samsung und SK erhalten je 50.000 Einheiten der neuen Grafikprozessoren.');
    expect(of(de, 'gpu_allocations').map((s) => s.split(' “')[0])).toEqual([
      'Samsung Electronics: 50,000 GPUs',
      'SK Group: 50,000 GPUs',
    ]);
  });

  it('does not split a figure several companies share', () => {
    const claims = claimsOf('Around 200,000 GPUs will go to companies including Samsung, SK and Naver.');
    expect(of(claims, 'gpu_allocations')).toEqual([]);
    expect(of(claims, 'gpu_private_sector')).toEqual([
      'about 200,000 GPUs “Around 200,000 GPUs will go to companies”',
    ]);
  });
});

describe('the installed base', () => {
  it('labels the figures before and after the deal', () => {
    const claims = claimsOf(
      "The deal would lift the nation's AI GPU count to above 300,000 from about 65,000.",
    );
    expect(of(claims, 'installed_base').map((s) => s.split(' “')[0])).toEqual([
      'more than 300,000 GPUs',
      'about 65,000 GPUs',
    ]);
    const values = claims.filter((c) => c.field === 'installed_base').map((c) => c.value);
    expect(values.map((v) => (v.type === 'quantity' ? v.label : ''))).toEqual([
      'after the deal',
      'before the deal',
    ]);
    expect(of(claims, 'gpu_total')).toEqual([]);
  });
});

describe('the timeline', () => {
  it.each([
    ['Nvidia will supply the GPUs through 2030.', 'through 2030'],
    ['Nvidia liefert die Grafikprozessoren bis 2030.', 'bis 2030'],
    ['엔비디아는 2030년까지 GPU를 공급한다.', '2030년까지'],
  ])('reads %s', (text, exact) => {
    expect(of(claimsOf(text), 'timeline')).toEqual([`2030 “${exact}”`]);
  });

  it('ignores years that end no period, and periods about something else', () => {
    expect(of(claimsOf('Nvidia was founded in 1993 and supplies GPUs.'), 'timeline')).toEqual([]);
    expect(of(claimsOf('The city plans to finish the stadium by 2030.'), 'timeline')).toEqual([]);
  });
});

describe('the vendor', () => {
  it('needs the supplier as the subject of a supply verb or beside the unit noun', () => {
    expect(of(claimsOf('Nvidia will ship the chips next year.'), 'vendor')).toEqual([
      'Nvidia “Nvidia will ship”',
    ]);
    expect(of(claimsOf('The centres run on Nvidia GPUs.'), 'vendor')).toEqual(['Nvidia “Nvidia GPUs”']);
    expect(of(claimsOf('엔비디아는 GPU를 공급한다.'), 'vendor')).toEqual(['Nvidia “엔비디아는 GPU를 공급”']);
    expect(of(claimsOf('Shares of Nvidia rose on Monday.'), 'vendor')).toEqual([]);
  });
});

describe('the deal value', () => {
  it('reads an amount the cue calls the deal value, and an undisclosed value', () => {
    expect(of(claimsOf('The deals are worth about $3 billion, officials said.'), 'deal_value')).toEqual([
      'USD 3,000,000,000 “deals are worth about $3 billion”',
    ]);
    expect(of(claimsOf('Der Wert der Vereinbarung wurde nicht genannt.'), 'deal_value')).toEqual([
      'undisclosed “Wert der Vereinbarung wurde nicht genannt”',
    ]);
    expect(of(claimsOf('계약 금액은 공개되지 않았다.'), 'deal_value')).toEqual([
      'undisclosed “계약 금액은 공개되지 않”',
    ]);
  });

  it('does not take a company valuation for the deal value', () => {
    expect(
      of(claimsOf('Nvidia became the first company to be valued at $5 trillion.'), 'deal_value'),
    ).toEqual([]);
  });
});

describe('the announcement date', () => {
  it('resolves a weekday and a date without a year against the publication date', () => {
    const text = 'President Lee met Nvidia CEO Jensen Huang on Friday. Huang spoke in Gyeongju on Oct. 31.';
    const claims = claimsOf(text, { published: '2025-11-03' });
    expect(of(claims, 'announcement_date').map((s) => s.split(' “')[0])).toEqual(['2025-10-31']);
  });

  it('keeps a weekday as a weekday when the publication date is unknown', () => {
    expect(
      of(claimsOf('Nvidia-Chef Jensen Huang traf am Freitag in Gyeongju ein.'), 'announcement_date'),
    ).toEqual(['Friday “Freitag”']);
  });
});

describe('names the gazetteer lacks', () => {
  it('takes an unknown company listed with known partners, with a new id', () => {
    const claims = claimsOf('The GPUs go to Samsung, SK, Doosan Enerbility and Naver.');
    const partners = claims.filter((c) => c.field === 'partner_companies');
    expect(partners.map((c) => (c.value.type === 'entity' ? c.value.id : ''))).toEqual([
      'samsung-electronics',
      'sk-group',
      'org-doosan-enerbility',
      'naver',
    ]);
  });

  it('takes an unknown person named with a title, in English and Korean', () => {
    const en = claimsOf('Trade Minister Ahn Duk-geun welcomed the deal.');
    expect(of(en, 'people')).toEqual(['Ahn Duk-geun (Trade Minister) “Trade Minister Ahn Duk-geun”']);
    const ko = claimsOf('안덕근 산업통상자원부 장관은 협력을 환영했다.');
    expect(of(ko, 'people')).toEqual(['안덕근 (산업통상자원부 장관) “안덕근 산업통상자원부 장관”']);
  });

  it('does not take a byline for a participant', () => {
    expect(of(claimsOf('By Kim Min-ji\n\nNvidia will supply GPUs to Samsung and SK.'), 'people')).toEqual([]);
  });
});
