/**
 * Words that write dates: month names, weekday names, relative days and the words around them, for
 * English, German and Korean. Data only; Latin entries are lowercase, without the full stop.
 */
import type { Weekday } from '@dealbrief/core';

/** Month names and abbreviations (English and German) to month numbers. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...monthNames(1, 'january jan januar jänner jän'),
  ...monthNames(2, 'february feb februar'),
  ...monthNames(3, 'march mar märz maerz mär'),
  ...monthNames(4, 'april apr'),
  ...monthNames(5, 'may mai'),
  ...monthNames(6, 'june jun juni'),
  ...monthNames(7, 'july jul juli'),
  ...monthNames(8, 'august aug'),
  ...monthNames(9, 'september sep sept'),
  ...monthNames(10, 'october oct oktober okt'),
  ...monthNames(11, 'november nov'),
  ...monthNames(12, 'december dec dezember dez'),
]);

function monthNames(month: number, names: string): [string, number][] {
  return names.split(' ').map((name) => [name, month]);
}

/** Full weekday names (English and German) to weekdays. */
export const WEEKDAY_NAMES: ReadonlyMap<string, Weekday> = new Map([
  ...weekdayNames('monday', 'monday montag'),
  ...weekdayNames('tuesday', 'tuesday dienstag'),
  ...weekdayNames('wednesday', 'wednesday mittwoch'),
  ...weekdayNames('thursday', 'thursday donnerstag'),
  ...weekdayNames('friday', 'friday freitag'),
  ...weekdayNames('saturday', 'saturday samstag sonnabend'),
  ...weekdayNames('sunday', 'sunday sonntag'),
]);

/** Weekday abbreviations, read only right before a date ("Fri, 31 Oct 2025", "Fr., 31.10.2025"). */
export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, Weekday> = new Map([
  ...weekdayNames('monday', 'mon mo'),
  ...weekdayNames('tuesday', 'tue tues di'),
  ...weekdayNames('wednesday', 'wed mi'),
  ...weekdayNames('thursday', 'thu thur thurs do'),
  ...weekdayNames('friday', 'fri fr'),
  ...weekdayNames('saturday', 'sat sa'),
  ...weekdayNames('sunday', 'sun so'),
]);

function weekdayNames(weekday: Weekday, names: string): [string, Weekday][] {
  return names.split(' ').map((name) => [name, weekday]);
}

/** German parts of the day glued to a weekday ("Freitagabend"): still that weekday. */
export const DE_DAY_PARTS: readonly string[] = [
  'vormittag',
  'nachmittag',
  'morgen',
  'mittag',
  'abend',
  'nacht',
];

/** Korean weekday syllables: "금요일", and "(금)" after a date. */
export const KO_WEEKDAYS: ReadonlyMap<string, Weekday> = new Map([
  ['월', 'monday'],
  ['화', 'tuesday'],
  ['수', 'wednesday'],
  ['목', 'thursday'],
  ['금', 'friday'],
  ['토', 'saturday'],
  ['일', 'sunday'],
]);

/** Words before a weekday that make it a holiday or a habit, not a day: "Black Friday", "every Friday". */
export const NOT_A_DAY_BEFORE: ReadonlySet<string> = new Set([
  'black',
  'good',
  'cyber',
  'super',
  'holy',
  'ash',
  'easter',
  'palm',
  'maundy',
  'blue',
  'giving',
  'bloody',
  'casual',
  'every',
  'each',
  'girl',
  'man',
  'schwarzer',
  'schwarzen',
  'schwarze',
  'jeden',
  'jedem',
]);

/** Korean words before a weekday that make it a habit: "매주 금요일" (every Friday). */
export const KO_NOT_A_DAY_BEFORE: readonly string[] = ['매주', '매'];

/** Words before a weekday or date pointing back or ahead: "last Friday", "vergangenen Freitag", "지난 31일". */
export const DIRECTION_WORDS: ReadonlyMap<string, 'last' | 'next'> = new Map([
  ['last', 'last'],
  ['next', 'next'],
  ['letzten', 'last'],
  ['letzter', 'last'],
  ['vergangenen', 'last'],
  ['vergangener', 'last'],
  ['vorigen', 'last'],
  ['voriger', 'last'],
  ['kommenden', 'next'],
  ['kommender', 'next'],
  ['nächsten', 'next'],
  ['nächster', 'next'],
  ['지난', 'last'],
  ['지난주', 'last'],
  ['오는', 'next'],
  ['다음주', 'next'],
]);

/** Words for the reference day and its neighbours. German "morgen" only lower-case (not "am Morgen"). */
export const RELATIVE_WORDS: ReadonlyMap<string, 'today' | 'yesterday' | 'tomorrow'> = new Map([
  ['today', 'today'],
  ['yesterday', 'yesterday'],
  ['tomorrow', 'tomorrow'],
  ['heute', 'today'],
  ['gestern', 'yesterday'],
  ['morgen', 'tomorrow'],
  ['오늘', 'today'],
  ['금일', 'today'],
  ['어제', 'yesterday'],
  ['내일', 'tomorrow'],
]);

/** Words before German "morgen" that make it "morning": "heute Morgen", "am morgen", "guten Morgen". */
export const DE_MORNING_BEFORE: ReadonlySet<string> = new Set([
  'am',
  'heute',
  'gestern',
  'jeden',
  'guten',
  'den',
]);

/** Words before "Today" that make it a name ("USA Today"). */
export const NOT_TODAY_BEFORE: ReadonlySet<string> = new Set(['usa', 'china', 'russia', 'psychology']);

/** Hangul glued to a Korean relative word that makes it another word: "오늘날" (nowadays), "어제오늘". */
export const KO_NOT_RELATIVE_AFTER: readonly string[] = ['날', '오늘'];

/**
 * What follows "31일" when it counts days, not a date: glued ("31일간", "31일째", "3일치") or as the
 * next word ("30일 동안", "3일 만에", "3일 전").
 */
export const KO_DURATION_GLUED: readonly string[] = [
  '간',
  '째',
  '치',
  '분',
  '만',
  '씩',
  '여',
  '이내',
  '전',
  '후',
  '뒤',
];

/** Korean words after "N일" that make it a number of days ("30일 동안", "7일 이내"). */
export const KO_DURATION_WORDS: ReadonlySet<string> = new Set([
  '동안',
  '이내',
  '만에',
  '만',
  '전',
  '후',
  '뒤',
  '이상',
  '이하',
  '가량',
  '정도',
  '연속',
  '내',
  '내내',
  '안에',
  '평균',
  '넘게',
]);

/** English words that may follow "the 31st" when it is a day ("on the 31st in Gyeongju"). */
export const EN_AFTER_DAY_ORDINAL: ReadonlySet<string> = new Set([
  'of',
  'in',
  'at',
  'on',
  'and',
  'or',
  'but',
  'when',
  'as',
  'to',
  'for',
  'with',
  'by',
  'from',
  'until',
  'after',
  'before',
  'during',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'the',
  'a',
  'an',
  'was',
  'were',
  'is',
  'will',
  'that',
]);

/** Words before a short German date "3.11." that make it a version or section number ("Version 3.11."). */
export const DE_NOT_DATE_BEFORE: ReadonlySet<string> = new Set([
  'version',
  'v',
  'python',
  'nr',
  'kapitel',
  'abschnitt',
  'artikel',
  'art',
  'paragraf',
  'paragraph',
  'abs',
  'ziffer',
  'punkt',
]);
