import type { Language } from '@dealbrief/core';
import type { NumberMention } from '@dealbrief/normalize';
import { findAll, firstMatch } from './compile-patterns.js';
import type { CompiledUnit } from './compile-profile.js';
import { paragraphHasMatch } from './sentence-facts.js';
import type { SentenceView } from './sentence-view.js';

/*
 * Which profile unit a figure counts, for the quantity rule (quantity-claims.ts): a unit's noun or
 * counter after the figure, or its noun before it. Written with index loops over arrays, for the
 * reason quantity-claims.ts gives.
 */

/** How a counted noun was found for a number. */
export interface UnitEvidence {
  unit: string;
  start: number;
  end: number;
  how: 'noun' | 'counter' | 'ellipsis';
}

/** Words at most this far after a number may still be its noun ("260,000 of Nvidia's latest GPUs"). */
const MAX_WORDS_TO_NOUN = 7;
const CLAUSE_PUNCT = /[,;:.!?]/u;

/** Between a noun and a later figure: a counting noun and a short link ("count to above", "-Bestand auf"). */
const COUNTING_GAP =
  /^-?(?:\s*(?:count|number|total|stock|base|capacity|fleet|inventory|Bestand|Zahl|Anzahl|Kapazität))(?:\s+[\p{L}']+){0,3}\s+$/iu;

/** A Korean gap of nothing or one whitespace character. */
const AT_MOST_ONE_SPACE = /^\s?$/u;
/** What separates words in a gap. */
const WHITESPACE_RUN = /\s+/u;

/** The first match in the window when only words stand before it (few of them outside Korean). */
function firstMatchAfter(
  re: RegExp | null,
  window: string,
  language: Language,
): { start: number; end: number } | null {
  const m = firstMatch(re, window);
  if (m === undefined) return null;
  const gap = window.slice(0, m.start);
  if (CLAUSE_PUNCT.test(gap)) return null;
  if (language === 'ko') return AT_MOST_ONE_SPACE.test(gap) ? m : null;
  const trimmed = gap.trim();
  const words = trimmed === '' ? 0 : trimmed.split(WHITESPACE_RUN).length;
  return words <= MAX_WORDS_TO_NOUN ? m : null;
}

/** The unit a figure counts, with where the words that say so are, or null. */
export function findUnit(
  sentence: SentenceView,
  num: NumberMention,
  nextNumberStart: number,
  units: readonly CompiledUnit[],
): UnitEvidence | null {
  const lang = sentence.language;
  const windowEnd = Math.min(nextNumberStart, num.end + 90);
  const window = sentence.text.slice(num.end, windowEnd);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const noun = firstMatchAfter(unit.nouns[lang], window, lang);
    if (noun) return { unit: unit.key, start: num.end + noun.start, end: num.end + noun.end, how: 'noun' };
  }
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const counter = firstMatchAfter(unit.counters[lang], window, lang);
    if (counter && paragraphHasMatch(sentence, unit.nouns[lang])) {
      return { unit: unit.key, start: num.end + counter.start, end: num.end + counter.end, how: 'counter' };
    }
  }
  return lang === 'ko'
    ? findNounBefore(sentence, num, units, KOREAN_NOUN_REACH, KOREAN_NOUN_GAP)
    : findNounBefore(sentence, num, units, COUNTING_NOUN_REACH, COUNTING_GAP);
}

/** How far before a figure (UTF-16 units) a counting noun may start naming its thing in English and German. */
const COUNTING_NOUN_REACH = 50;
/** How far before a figure a Korean noun may name its thing ("GPU 26만을"). */
const KOREAN_NOUN_REACH = 12;
/** What may stand between a Korean noun and its figure: whitespace, brackets and Latin letters. */
const KOREAN_NOUN_GAP = /^[\s()A-Za-z]*$/u;

/**
 * The thing a figure's unit names before the figure: the last noun of a unit within `reach` units
 * before it, if only `gap` stands between that noun and the figure. English and German name it
 * through a counting noun ("the nation's AI GPU count to above 300,000", "den GPU-Bestand auf
 * 300.000", see {@link COUNTING_GAP}); Korean right before the figure ("GPU 26만을").
 */
function findNounBefore(
  sentence: SentenceView,
  num: NumberMention,
  units: readonly CompiledUnit[],
  reach: number,
  gap: RegExp,
): UnitEvidence | null {
  const before = sentence.text.slice(Math.max(0, num.start - reach), num.start);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const nouns = findAll(unit.nouns[sentence.language], before);
    const last = nouns[nouns.length - 1];
    if (last && gap.test(before.slice(last.end))) {
      const offset = num.start - before.length;
      return { unit: unit.key, start: offset + last.start, end: offset + last.end, how: 'noun' };
    }
  }
  return null;
}
