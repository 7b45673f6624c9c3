/** A calendar date found in text; `year` is undefined when the text leaves it out ("Nov. 3"). */
export interface DateMatch {
  /** UTF-16 index of the match in the searched string. */
  index: number;
  /** The matched text. */
  text: string;
  year: number | undefined;
  month: number;
  day: number;
}

const MONTHS: Record<string, number> = {};
function addMonths(names: string, month: number): void {
  for (const name of names.split(' ')) MONTHS[name] = month;
}
addMonths('january jan januar jänner', 1);
addMonths('february feb februar', 2);
addMonths('march mar märz maerz mär', 3);
addMonths('april apr', 4);
addMonths('may mai', 5);
addMonths('june jun juni', 6);
addMonths('july jul juli', 7);
addMonths('august aug', 8);
addMonths('september sep sept', 9);
addMonths('october oct oktober okt', 10);
addMonths('november nov', 11);
addMonths('december dec dezember dez', 12);

const MONTH_NAME = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})';
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';

type Order = 'mdy' | 'dmy' | 'ymd';
interface DatePattern {
  pattern: RegExp;
  order: Order;
  /** True when the month group is a name, not a number. */
  named: boolean;
}

function pattern(source: string, order: Order, named: boolean): DatePattern {
  return { pattern: new RegExp(B + source + E, 'giu'), order, named };
}

/** Date shapes, tried in order; earlier shapes win when matches overlap. */
const PATTERNS: readonly DatePattern[] = [
  pattern(`${YEAR}\\s*년\\s*${DAY}\\s*월\\s*${DAY}\\s*일`, 'ymd', false),
  pattern(`${YEAR}-${DAY}-${DAY}`, 'ymd', false),
  pattern(`${YEAR}\\.\\s?${DAY}\\.\\s?${DAY}\\.?`, 'ymd', false),
  pattern(`${YEAR}/${DAY}/${DAY}`, 'ymd', false),
  pattern(`${DAY}\\.${DAY}\\.${YEAR}`, 'dmy', false),
  pattern(`(${MONTH_NAME})\\.?\\s+${DAY}(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?`, 'mdy', true),
  pattern(`${DAY}(?:st|nd|rd|th|\\.)?\\s+(${MONTH_NAME})\\.?,?(?:\\s+${YEAR})?`, 'dmy', true),
  pattern(`${DAY}\\s*월\\s*${DAY}\\s*일`, 'mdy', false),
];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidDate(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false;
  if (year === undefined || month !== 2 || day !== 29) return true;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function readMatch(m: RegExpExecArray, { order, named }: DatePattern): DateMatch | undefined {
  const [, g1, g2, g3] = m;
  const parts = order === 'ymd' ? [g1, g2, g3] : order === 'mdy' ? [g3, g1, g2] : [g3, g2, g1];
  const [y, mo, d] = parts;
  const month = named ? MONTHS[(mo ?? '').toLowerCase()] : Number(mo);
  const year = y === undefined ? undefined : Number(y);
  const day = Number(d);
  if (month === undefined || !isValidDate(year, month, day)) return undefined;
  return { index: m.index, text: m[0], year, month, day };
}

/**
 * All dates written in `text`, in order of position: "Nov 03, 2025", "Nov. 3, 2025", "November 3,
 * 2025", "3 November 2025", "3. November 2025", "2025-11-03", "2025.11.03", "2025/11/03", "03.11.2025",
 * "2025년 11월 3일", and the same without a year ("Nov. 3", "3. November", "11월 3일").
 */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  const taken: [number, number][] = [];
  for (const shape of PATTERNS) {
    for (const m of text.matchAll(shape.pattern)) {
      const end = m.index + m[0].length;
      if (taken.some(([s, e]) => m.index < e && end > s)) continue;
      const date = readMatch(m, shape);
      if (date === undefined) continue;
      found.push(date);
      taken.push([m.index, end]);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Formats a year, month and day as YYYY-MM-DD. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
