/**
 * Number words of English, German and Korean as data. Keys are lowercase. The readers in
 * `read-english-words.ts`, `read-german-words.ts` and `read-korean-number.ts` interpret them.
 */

type Table = Readonly<Record<string, number>>;

/**
 * `entries` as a frozen table without a prototype. The readers look arbitrary words of a text up in
 * these tables, so a word such as "constructor" or "toString" must find nothing rather than what a
 * plain object inherits from `Object.prototype`.
 */
function wordTable<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}

/** English cardinals below twenty. */
export const EN_SMALL: Table = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

/** English tens. */
export const EN_TENS: Table = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** English magnitudes from a thousand up (short scale). "hundred" is handled apart. */
export const EN_SCALES: Table = wordTable({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });

/** English ordinal words below twenty and the ordinal tens. */
export const EN_ORDINALS: Table = wordTable({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
});

/** English fractions that scale a magnitude ("a quarter-million", "half a billion"). */
export const EN_FRACTIONS: Table = wordTable({ quarter: 0.25, half: 0.5 });

/** Suffixes glued to English digits: "260k", "5bn", "3tn"; `m`/`mn`/`b` only in money context. */
export const EN_SUFFIX_SCALES: Table = wordTable({ k: 1e3, bn: 1e9, tn: 1e12, trn: 1e12 });

/** Suffixes glued to digits that mean a magnitude only when a currency is attached ("$1.5m"). */
export const EN_MONEY_SUFFIX_SCALES: Table = wordTable({ m: 1e6, mn: 1e6, mm: 1e6, b: 1e9 });

/** German units 1-9 as compound parts ("ein" only before "hundert", "tausend" or "und"). */
export const DE_UNITS: Table = wordTable({
  ein: 1,
  eins: 1,
  zwei: 2,
  zwo: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
});

/** German 10-19. */
export const DE_TEENS: Table = wordTable({
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
});

/** German tens. */
export const DE_TENS: Table = wordTable({
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
});

/** German magnitude words and abbreviations after a number (long scale: Billion = 10^12). */
export const DE_SCALES: Table = wordTable({
  hundert: 100,
  tausend: 1e3,
  tsd: 1e3,
  million: 1e6,
  millionen: 1e6,
  mio: 1e6,
  milliarde: 1e9,
  milliarden: 1e9,
  mrd: 1e9,
  billion: 1e12,
  billionen: 1e12,
  bio: 1e12,
});

/** German magnitude abbreviations that are usually written with a full stop. */
export const DE_ABBREVIATED_SCALES: ReadonlySet<string> = new Set(['tsd', 'mio', 'mrd', 'bio']);

/** German indefinite articles that mean "one" before a magnitude ("eine Million"). */
export const DE_ARTICLES: ReadonlySet<string> = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines']);

/** German fraction words before a magnitude ("eine halbe Million") or glued to it ("Viertelmillion"). */
export const DE_FRACTIONS: Table = wordTable({ halbe: 0.5, halben: 0.5, viertel: 0.25, dreiviertel: 0.75 });

/** German ordinal stems that differ from the cardinal ("dritte", "siebte", "achte", "erste"). */
export const DE_ORDINAL_STEMS: Readonly<Record<string, string>> = wordTable({
  ers: 'eins',
  erst: 'eins',
  drit: 'drei',
  sieb: 'sieben',
  ach: 'acht',
});

/** Sino-Korean digits. */
export const KO_SINO_DIGITS: Table = wordTable({
  영: 0,
  공: 0,
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  육: 6,
  륙: 6,
  칠: 7,
  팔: 8,
  구: 9,
});

/** Korean units inside a group of four digits. */
export const KO_SMALL_UNITS: Table = wordTable({ 십: 10, 백: 100, 천: 1000 });

/** Korean myriad units: every four digits. */
export const KO_BIG_UNITS: Table = wordTable({ 만: 1e4, 억: 1e8, 조: 1e12, 경: 1e16 });

/** Native Korean numerals, counted only before a counter word ("세 개", "두 명"). */
export const KO_NATIVE: Table = wordTable({
  하나: 1,
  한: 1,
  둘: 2,
  두: 2,
  셋: 3,
  세: 3,
  넷: 4,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
  스물: 20,
  스무: 20,
  첫: 1,
});

/** Korean counter words that may follow a native numeral. */
export const KO_COUNTERS: readonly string[] = [
  '번째',
  '가지',
  '차례',
  '군데',
  '개국',
  '개',
  '명',
  '곳',
  '장',
  '대',
  '건',
  '번',
  '척',
  '째',
];
