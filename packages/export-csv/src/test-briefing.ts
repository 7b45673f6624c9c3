import { type Briefing, BriefingSchema } from '@dealbrief/core';

/*
 * A realistic briefing for tests: English, German and Korean evidence, a disputed field with dissent,
 * a list field with members, a not-found field, a rejected source with a problem, and text cells that
 * try formula injection ("=HYPERLINK(", "+cmd|", "-").
 */

const GPU = 'GPU';
const samsung = {
  type: 'entity',
  id: 'samsung-electronics',
  name: 'Samsung Electronics',
  kind: 'org',
} as const;
const naver = { type: 'entity', id: 'naver-cloud', name: 'Naver Cloud', kind: 'org' } as const;

/** The `=HYPERLINK(` text a hostile or careless source might contain. */
export const INJECTED_FORMULA = '=HYPERLINK("https://evil.example/x","Click for the full deal")';
/** A DDE payload in a source title. */
export const INJECTED_DDE = "+cmd|' /C calc'!A0";

/** The test briefing, validated with `BriefingSchema.parse`. */
export const TEST_BRIEFING: Briefing = BriefingSchema.parse({
  schemaVersion: 1,
  profile: 'korea-nvidia-2025',
  title: 'Korea–Nvidia AI GPU deal (APEC Gyeongju, 31 Oct 2025)',
  asOf: '2025-11-04',
  sources: [
    {
      id: '000',
      file: '000_69938086f725314d.txt',
      sha256: '195ba5cfca383636b7f719ef6335fb61c1ad3836a8394a74f0f00169ae533878',
      bytes: 2202,
      languages: ['en'],
      kind: 'news',
      encoding: 'utf-8',
      status: 'ok',
    },
    {
      id: '001',
      file: '001_b9a33dd55acbecd8.txt',
      sha256: 'b0a5b22eb61d5a27df4d5178c648fa317cf6da169dd8ffd8e99c413c13201efa',
      bytes: 2420,
      languages: ['de'],
      kind: 'news',
      publisher: 'Süddeutsche Beispiel-Zeitung',
      title: 'Nvidia liefert bis zu 260.000 GPUs nach Südkorea',
      encoding: 'utf-8',
      status: 'ok',
    },
    {
      id: '002',
      file: '002_14affad6d9dd433e.txt',
      sha256: '01e63accbc37a6999c50250af2365f6246241667d9859169a75aa4152f816079',
      bytes: 2777,
      languages: ['en', 'ko'],
      kind: 'government',
      publisher: 'Korea.net',
      title: 'Gov’t, Nvidia join hands to boost Korea’s AI capabilities',
      url: 'https://www.korea.net/NewsFocus/Policies/view?articleId=000000',
      published: '2025-11-03',
      author: 'Jeon Misun',
      encoding: 'utf-8',
      status: 'ok',
    },
    {
      id: '003',
      file: '003_850620bdc68531a6.txt',
      sha256: '9b4fe1d3f2e69883001120b01f16708b0b8e2282c8e43ca386218f0bd0f8469f',
      bytes: 6163,
      languages: ['en'],
      kind: 'opinion',
      title: 'Sovereign AI, "made in Gyeongju", with commas',
      encoding: 'utf-8',
      status: 'ok',
    },
    {
      id: '004',
      file: '004_948cb905883bb7de.txt',
      sha256: '44c1bc923c504135815f30a51ab3a130a47125a82f5e28587232eb69966734f4',
      bytes: 2842,
      languages: ['en'],
      kind: 'news',
      title: INJECTED_DDE,
      encoding: 'utf-8',
      status: 'rejected',
      problem: 'duplicate of 000: 3 of 4 paragraphs repeat it verbatim',
    },
    {
      id: '005',
      file: '005_yonhap.txt',
      sha256: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      bytes: 1312,
      languages: ['ko'],
      kind: 'wire',
      publisher: '연합뉴스',
      title: '엔비디아, 한국에 GPU 26만 장 공급',
      published: '2025-10-31',
      encoding: 'utf-8',
      status: 'ok',
    },
  ],
  claims: [
    claim('000-gpu_total-1', 'gpu_total', quantity(260000, 'up_to'), 'up to 260,000 GPUs', '000', {
      start: 249,
      end: 295,
      exact: 'up to 260,000 graphics processing units (GPUs)',
      prefix: 'idia announced a plan to deploy ',
      suffix: ' in South Korea in partnership w',
      line: 1,
      column: 250,
    }),
    claim('001-gpu_total-1', 'gpu_total', quantity(260000, 'up_to'), 'up to 260,000 GPUs', '001', {
      start: 288,
      end: 327,
      exact: 'bis zu 260.000 Grafikprozessoren (GPUs)',
      prefix: ' Nvidia kündigte einen Plan an, ',
      suffix: ' in Südkorea in Partnerschaft mi',
      line: 1,
      column: 289,
    }),
    claim('002-gpu_total-1', 'gpu_total', quantity(260000, 'more_than'), 'more than 260,000 GPUs', '002', {
      start: 1424,
      end: 1460,
      exact: "over 260,000 of Nvidia's latest GPUs",
      prefix: ' the private sector will secure ',
      suffix: " to expand the nation's AI infra",
      line: 19,
      column: 51,
    }),
    claim('005-gpu_total-1', 'gpu_total', quantity(260000, 'exact'), '260,000 GPUs', '005', {
      start: 41,
      end: 46,
      exact: '26만 장',
      prefix: '엔비디아가 한국 정부와 기업에 최신 GPU ',
      suffix: '을 공급하기로 했다.',
      line: 3,
      column: 24,
    }),
    claim('003-gpu_total-1', 'gpu_total', quantity(250000, 'more_than'), 'more than 250,000 GPUs', '003', {
      start: 459,
      end: 498,
      exact: 'more than a quarter‑million NVIDIA GPUs',
      prefix: 'overeign AI ecosystem backed by ',
      suffix: '—marks a pivotal shift from mere',
      line: 2,
      column: 447,
    }),
    claim('002-public_gpus-1', 'public_gpus', quantity(50000, 'about'), 'about 50,000 GPUs', '002', {
      start: 1541,
      end: 1559,
      exact: 'About 50,000 units',
      prefix: '- the public and private arenas.',
      suffix: ' will be allocated to the public',
      line: 19,
      column: 168,
    }),
    claim('000-partners-1', 'partners', samsung, 'Samsung Electronics', '000', {
      start: 394,
      end: 413,
      exact: 'Samsung Electronics',
      prefix: 'nesses. The initiative involves ',
      suffix: ', SK Group, Hyundai Motor Group,',
      line: 1,
      column: 395,
    }),
    claim('005-partners-1', 'partners', naver, 'Naver Cloud', '005', {
      start: 80,
      end: 87,
      exact: '네이버클라우드',
      prefix: '삼성전자, SK그룹, 현대차그룹, ',
      suffix: ' 등이 참여한다.',
      line: 4,
      column: 18,
    }),
    claim('003-headline-1', 'headline', { type: 'text', text: INJECTED_FORMULA }, INJECTED_FORMULA, '003', {
      start: 6000,
      end: 6061,
      exact: INJECTED_FORMULA,
      prefix: '@everyone ',
      suffix: '\tend',
      line: 40,
      column: 11,
    }),
  ],
  fields: [
    {
      field: 'gpu_total',
      label: 'GPUs supplied',
      cardinality: 'one',
      value: quantity(260000, 'up_to'),
      display: 'up to 260,000 GPUs',
      members: [],
      status: 'disputed',
      support: ['000-gpu_total-1', '001-gpu_total-1', '002-gpu_total-1', '005-gpu_total-1'],
      dissent: ['003-gpu_total-1'],
      sources: ['000', '001', '002', '005'],
      confidence: 0.72,
      rationale:
        'Four sources state 260,000 (en, de, ko).\r\nThe opinion piece 003 says "a quarter-million", read as dissent.',
    },
    {
      field: 'public_gpus',
      label: 'GPUs for the public sector',
      cardinality: 'one',
      value: quantity(50000, 'about'),
      display: 'about 50,000 GPUs',
      members: [],
      status: 'single-source',
      support: ['002-public_gpus-1'],
      dissent: [],
      sources: ['002'],
      confidence: 0.55,
      rationale: 'Only the government release 002 gives the public share.',
    },
    {
      field: 'partners',
      label: 'Partner companies',
      cardinality: 'many',
      value: null,
      display: '',
      members: [
        member(samsung, 'Samsung Electronics', ['000-partners-1'], ['000'], 0.6),
        member(naver, 'Naver Cloud', ['005-partners-1'], ['005'], 0.58),
      ],
      status: 'single-source',
      support: [],
      dissent: [],
      sources: [],
      confidence: 0.58,
      rationale: 'Each partner is named by one source.',
    },
    {
      field: 'headline',
      label: 'Headline',
      cardinality: 'one',
      value: { type: 'text', text: INJECTED_FORMULA },
      display: INJECTED_FORMULA,
      members: [],
      status: 'single-source',
      support: ['003-headline-1'],
      dissent: [],
      sources: ['003'],
      confidence: 0.3,
      rationale: '-5 points for an opinion source',
    },
    {
      field: 'deal_value',
      label: 'Deal value',
      cardinality: 'one',
      value: null,
      display: '',
      members: [],
      status: 'not-found',
      support: [],
      dissent: [],
      sources: [],
      confidence: 0,
      rationale: 'No accepted source states a value.',
    },
  ],
});

function quantity(amount: number, qualifier: 'exact' | 'up_to' | 'more_than' | 'about') {
  return { type: 'quantity', amount, unit: GPU, qualifier } as const;
}

function claim(
  id: string,
  field: string,
  value: unknown,
  display: string,
  source: string,
  citation: unknown,
) {
  return { id, field, value, display, source, citation, rule: `${field}.pattern`, confidence: 0.9 };
}

function member(value: unknown, display: string, support: string[], sources: string[], confidence: number) {
  return { value, display, status: 'single-source', support, dissent: [], sources, confidence };
}
