// Deterministic synthetic corpora for the benchmark: documents built from the seeds' paragraphs (English,
// German, Korean) with varied numbers, names, dates and qualifiers, and one large evidence table of claims.
// Same seed and size → same bytes. Usage: node bench/generate-corpus.mjs --docs 1000 [--out dir]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = join(ROOT, 'seeds');
/** Where corpora are written (git-ignored). */
export const CORPUS_DIR = join(ROOT, 'bench', '.corpus');

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

const HANGUL = /[\uac00-\ud7a3]/u;
const GERMAN = /\b(der|die|und|mit|bis zu|sagte|Unternehmen)\b/u;

/** The seeds' paragraphs grouped by language (a rough test is enough to keep each document coherent). */
export function readSeedParagraphs() {
  const pools = { en: [], de: [], ko: [] };
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
    for (const line of readFileSync(join(SEEDS, file), 'utf8').split(/\r?\n/u)) {
      const text = line.trim();
      if (text.length < 40) continue;
      if (HANGUL.test(text)) pools.ko.push(text);
      else if (GERMAN.test(text)) pools.de.push(text);
      else pools.en.push(text);
    }
  }
  // The seeds hold one Korean paragraph; these follow its phrasing and the extract rules' Korean cues.
  pools.ko.push(
    '엔비디아는 한국 정부와 삼성전자, SK그룹, 현대차그룹, 네이버클라우드에 최신 GPU 26만 개 이상을 공급한다고 31일 밝혔다.',
    '정부는 공공 부문에 GPU 5만 개를 배치하고, 삼성전자와 SK그룹, 현대차그룹은 각각 5만 개를 도입한다.',
    '이번 협력으로 국내 AI 인프라는 2030년까지 크게 확대될 전망이며, 계약 규모는 공개되지 않았다.',
  );
  return pools;
}

const COMPANIES = {
  en: ['Samsung Electronics', 'SK Group', 'Hyundai Motor Group', 'Naver Cloud', 'LG'],
  de: ['Samsung Electronics', 'SK Group', 'Hyundai Motor Group', 'Naver Cloud', 'LG'],
  ko: ['삼성전자', 'SK그룹', '현대차그룹', '네이버클라우드', 'LG'],
};
const QUALIFIERS = {
  en: ['up to', 'more than', 'about', 'at least', 'over'],
  de: ['bis zu', 'mehr als', 'rund', 'mindestens', 'über'],
  ko: ['이상', '약', '최대'],
};
const QUALIFIER_PATTERN = {
  en: /\b(up to|more than|about|at least|over)\b/gu,
  de: /\b(bis zu|mehr als|rund|mindestens|über)\b/gu,
  ko: /(이상|최대)/gu,
};
const DAYS_EN = ['Oct. 30', 'Oct. 31', 'Nov. 1', 'October 31', 'Oct 29'];
const DAYS_DE = ['am Freitag', 'am Donnerstag', 'am 31. Oktober', 'am Samstag'];

/** Rewrites one paragraph: numbers scaled, companies swapped, qualifiers and dates varied. */
function varyParagraph(random, text, language) {
  let out = text.replace(/\d{1,3}(?:[,.]\d{3})+|\d+/gu, (digits) => {
    const grouped = /[,.]/u.test(digits);
    if (!grouped && digits.length === 4) return digits; // years stay years
    const value = Number(digits.replace(/[,.]/gu, ''));
    if (!Number.isFinite(value) || value === 0) return digits;
    const scaled = Math.max(1, Math.round(value * (0.5 + random())));
    if (!grouped) return String(scaled);
    const separator = language === 'de' ? '.' : ',';
    return String(scaled).replace(/\B(?=(\d{3})+(?!\d))/gu, separator);
  });
  const names = COMPANIES[language];
  for (const name of names) if (random() < 0.3) out = out.replaceAll(name, pick(random, names));
  out = out.replace(QUALIFIER_PATTERN[language], (q) =>
    random() < 0.4 ? pick(random, QUALIFIERS[language]) : q,
  );
  if (language === 'en') out = out.replace(/\bOct\. 31\b/gu, () => pick(random, DAYS_EN));
  if (language === 'de') out = out.replace(/\bam Freitag\b/gu, () => pick(random, DAYS_DE));
  return out;
}

/** One document: a title line and paragraphs of one language (Korean ones carry some English, as 002). */
function buildDocument(random, pools) {
  const roll = random();
  const language = roll < 0.6 ? 'en' : roll < 0.85 ? 'de' : 'ko';
  const target = 1400 + Math.floor(random() * 2200);
  const lines = [];
  let bytes = 0;
  while (bytes < target) {
    const pool = language === 'ko' && random() < 0.5 ? pools.en : pools[language];
    const paragraph = varyParagraph(random, pick(random, pool), pool === pools.en ? 'en' : language);
    lines.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 1;
  }
  return { language, text: `${lines.join('\n')}\n` };
}

const KINDS = ['news', 'news', 'news', 'wire', 'opinion', 'government', 'press-release', 'blog'];

/**
 * Writes `docs` documents (`000000_bench.txt` …) and a sources.json into `dir` (replaced), from `seed`.
 * Returns the total bytes of text written.
 */
export function generateCorpus(dir, docs, seed = 20251031) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = createRandom(seed);
  const pools = readSeedParagraphs();
  const entries = [];
  let total = 0;
  for (let i = 0; i < docs; i += 1) {
    const file = `${String(i).padStart(6, '0')}_bench.txt`;
    const { language, text } = buildDocument(random, pools);
    writeFileSync(join(dir, file), text);
    total += Buffer.byteLength(text);
    const day = 1 + Math.floor(random() * 5);
    entries.push({ file, kind: pick(random, KINDS), language, published: `2025-11-0${day}` });
  }
  writeFileSync(join(dir, 'sources.json'), `${JSON.stringify({ sources: entries }, null, 1)}\n`);
  return total;
}

/** The corpus folder for `docs` documents, generated on first use (and reused while its marker matches). */
export function ensureCorpus(docs, seed = 20251031) {
  const dir = join(CORPUS_DIR, `docs-${docs}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === String(seed)) return dir;
  generateCorpus(dir, docs, seed);
  writeFileSync(marker, String(seed));
  return dir;
}

const FIELDS = ['gpu_total', 'gpu_public_sector', 'gpu_private_sector', 'gpu_allocations', 'deal_value'];

/**
 * A briefing with `count` quantity claims over 1,000 sources, for the exporters: quotes are slices of the
 * seed paragraphs, values vary. Fields are left `not-found` so the table is the claims.
 */
export function generateClaimsBriefing(count, seed = 7) {
  const random = createRandom(seed);
  const pools = readSeedParagraphs();
  const paragraphs = [...pools.en, ...pools.de, ...pools.ko];
  const sourceCount = 1000;
  const sources = [];
  for (let i = 0; i < sourceCount; i += 1) {
    const id = String(i).padStart(6, '0');
    sources.push({
      id,
      file: `${id}_bench.txt`,
      sha256: 'a'.repeat(64),
      bytes: 3000,
      languages: ['en'],
      kind: pick(random, KINDS),
      status: 'ok',
      weight: 0.7,
    });
  }
  const claims = [];
  // Repeated display strings share one copy, as the claims of a large run do (apps/briefing's internClaims).
  const strings = new Map();
  const intern = (text) => {
    if (!strings.has(text)) strings.set(text, text);
    return strings.get(text);
  };
  for (let i = 0; i < count; i += 1) {
    const paragraph = pick(random, paragraphs);
    const start = Math.floor(random() * Math.max(1, paragraph.length - 100));
    const amount = 1000 * (1 + Math.floor(random() * 400));
    const qualifier = pick(random, ['exact', 'up_to', 'more_than', 'at_least', 'about']);
    claims.push({
      id: `c${String(i).padStart(7, '0')}`,
      field: pick(random, FIELDS),
      value: { type: 'quantity', amount, unit: 'gpu', qualifier },
      display: intern(`${qualifier.replace('_', ' ')} ${amount.toLocaleString('en-US')} GPUs`),
      source: sources[i % sourceCount].id,
      citation: {
        start,
        end: start + 40,
        exact: paragraph.slice(start, start + 40),
        prefix: paragraph.slice(Math.max(0, start - 32), start),
        suffix: paragraph.slice(start + 40, start + 72),
        line: 1 + Math.floor(random() * 30),
        column: 1 + start,
      },
      rule: 'quantity',
      confidence: Math.round(random() * 100) / 100,
    });
  }
  return {
    schemaVersion: 1,
    profile: 'bench',
    title: 'Benchmark briefing',
    asOf: '2025-11-05',
    sources,
    claims,
    fields: [],
    groups: [],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const docs = Number(args[args.indexOf('--docs') + 1] ?? 100);
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : join(CORPUS_DIR, `docs-${docs}`);
  const bytes = generateCorpus(out, docs);
  console.log(`${docs} documents, ${(bytes / 1e6).toFixed(1)} MB → ${out}`);
}
