import type { Language } from '@dealbrief/core';
import { TitleEndings } from './title-endings.js';

/**
 * Words that make a noun phrase a person's title, per language. English and German titles stand
 * before the name ("SK Group Chairman Chey Tae-won", "SK Group-Vorsitzender Chey Tae-won"); Korean
 * titles follow it ("최태원 SK회장"). Compound German titles end in one of these ("Aufsichtsratsvorsitzender").
 */
export const TITLE_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'president',
    'vice president',
    'prime minister',
    'minister',
    'vice minister',
    'secretary',
    'ceo',
    'chief executive',
    'chief executive officer',
    'cfo',
    'cto',
    'coo',
    'chairman',
    'chairwoman',
    'chairperson',
    'chair',
    'vice chairman',
    'executive chair',
    'founder',
    'co-founder',
    'cofounder',
    'director',
    'head',
    'chief',
    'governor',
    'mayor',
    'ambassador',
    'spokesperson',
    'spokesman',
    'spokeswoman',
    'official',
    'executive',
    'managing director',
    'general manager',
    'leader',
    'premier',
    'chancellor',
    'commissioner',
    'senator',
    'lawmaker',
    'analyst',
    'professor',
    'researcher',
  ],
  de: [
    'präsident',
    'präsidentin',
    'bundeskanzler',
    'kanzler',
    'ministerpräsident',
    'minister',
    'ministerin',
    'vorsitzender',
    'vorsitzende',
    'vorstandsvorsitzender',
    'vorstandschef',
    'aufsichtsratsvorsitzender',
    'chef',
    'chefin',
    'gründer',
    'gründerin',
    'mitgründer',
    'geschäftsführer',
    'direktor',
    'leiter',
    'sprecher',
    'sprecherin',
    'ceo',
    'executive chair',
    'chairman',
    'botschafter',
    'bürgermeister',
    'analyst',
    'professor',
  ],
  ko: [
    '대통령',
    '국무총리',
    '총리',
    '장관',
    '차관',
    '회장',
    '부회장',
    '의장',
    '이사회의장',
    '이사회 의장',
    '최고경영자',
    'CEO',
    '대표이사',
    '대표',
    '사장',
    '부사장',
    '창업자',
    '창업주',
    '설립자',
    '총수',
    '실장',
    '수석',
    '대변인',
    '위원장',
    '원장',
    '청장',
    '시장',
    '지사',
    '교수',
    '연구원',
    '애널리스트',
  ],
};

/**
 * Words that end in a title but name a thing, so compounds ending in them are no titles: in German
 * "-leiter" is also a conductor ("Halbleiter" is a semiconductor) and "-sprecher" a speaker.
 */
const NOT_TITLE_ENDINGS: Readonly<Record<Language, readonly string[]>> = {
  en: [],
  de: ['halbleiter', 'supraleiter', 'lautsprecher'],
  ko: [],
};

const TITLE_SETS: Record<Language, Set<string>> = {
  en: new Set(TITLE_WORDS.en),
  de: new Set(TITLE_WORDS.de),
  ko: new Set(TITLE_WORDS.ko),
};

/**
 * True when `word` is a title in `language`. German compounds count when they end in a title
 * ("Aufsichtsratsvorsitzender", "Konzernchef", "Nvidia-Chef"; not "Halbleiter", a semiconductor), as do hyphenated forms ("Nvidia-CEO") and Korean
 * words that end in one ("SK회장", "네이버이사회의장"). German and Korean also accept the English titles
 * their press borrows ("Executive Chair", "CEO").
 */
export function isTitleWord(word: string, language: Language): boolean {
  return TITLE_ENDINGS[language].isTitle(word) ?? decideTitleWord(word, language);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * German compounds end in a title of four letters or more ("Konzernchef"), Korean words in one of two
 * syllables or more ("SK회장"); the leading `.` requires something before the title.
 */
const COMPOUND_END: Partial<Record<Language, RegExp>> = {
  de: new RegExp(`.(?:${compoundTitles('de').map(escapeRegExp).join('|')})$`, 'u'),
  ko: new RegExp(`.(?:${compoundTitles('ko').map(escapeRegExp).join('|')})$`, 'u'),
};

/** The titles a compound may end in: German ones of four letters or more, Korean ones of two or more. */
function compoundTitles(language: Language): readonly string[] {
  if (language === 'de') return TITLE_WORDS.de.filter((t) => t.length >= 4);
  if (language === 'ko') return TITLE_WORDS.ko.filter((t) => t.length >= 2);
  return [];
}

/**
 * The rule itself, on the lower-cased word: a title of the language (or an English one), the part after
 * the last hyphen one, or a compound ending in one. {@link TitleEndings} gives the same answers faster.
 */
function decideTitleWord(word: string, language: Language): boolean {
  // toLowerCase, not the locale form: the same for Latin and Hangul, and much cheaper.
  const w = word.toLowerCase();
  // German and Korean news also use English titles as loanwords ("Executive Chair", "CEO").
  const sets = language === 'en' ? [TITLE_SETS.en] : [TITLE_SETS[language], TITLE_SETS.en];
  const afterHyphen = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : '';
  if (sets.some((set) => set.has(w) || (afterHyphen !== '' && set.has(afterHyphen)))) return true;
  const compound = COMPOUND_END[language];
  if (compound === undefined) return false;
  if (NOT_TITLE_ENDINGS[language].some((thing) => w.endsWith(thing))) return false;
  return compound.test(w);
}

/** Per language, the words whose endings decide a title (see {@link TitleEndings}). */
const TITLE_ENDINGS: Record<Language, TitleEndings> = {
  en: titleEndings('en'),
  de: titleEndings('de'),
  ko: titleEndings('ko'),
};

function titleEndings(language: Language): TitleEndings {
  return new TitleEndings({
    titles: language === 'en' ? TITLE_WORDS.en : [...TITLE_WORDS[language], ...TITLE_WORDS.en],
    compoundTitles: compoundTitles(language),
    notTitles: NOT_TITLE_ENDINGS[language],
  });
}
