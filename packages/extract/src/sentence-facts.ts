import type { EntityMention, NumberMention } from '@dealbrief/normalize';
import { findNumbers } from '@dealbrief/normalize';
import { hasMatch } from './compile-patterns.js';
import type { CompiledProfile } from './compile-profile.js';
import type { SentenceView } from './sentence-view.js';
import { findTitledPeople, type UnknownName } from './unknown-names.js';

/*
 * What several rules read from one sentence, worked out once per sentence and kept on the view: its
 * number mentions, its gazetteer mentions and the people it names with a title. The quantity, money
 * and period rules all need the numbers, and five rules need the mentions; reading them once per rule
 * was a third of extraction's time. (A WeakMap memo cost more than the look-ups it saved.)
 */

/** Every number mention in the sentence's folded text (see `findNumbers`). */
export function numbersIn(sentence: SentenceView): readonly NumberMention[] {
  sentence.numbers ??= findNumbers(sentence.text, sentence.language);
  return sentence.numbers;
}

/** Every gazetteer mention in the sentence's folded text (the view is read with one profile). */
export function mentionsIn(sentence: SentenceView, compiled: CompiledProfile): readonly EntityMention[] {
  sentence.mentions ??= compiled.matcher.find(sentence.text);
  return sentence.mentions;
}

/**
 * Every gazetteer mention in one clause of the sentence, read on the clause's own text (offsets relative
 * to the clause start), once per clause: every figure of a clause asks for its recipients and cues.
 */
export function mentionsInClause(
  sentence: SentenceView,
  clause: { start: number; end: number },
  compiled: CompiledProfile,
): readonly EntityMention[] {
  sentence.clauseMentions ??= new Map();
  const key = clause.start * (sentence.text.length + 1) + clause.end;
  let mentions = sentence.clauseMentions.get(key);
  if (mentions === undefined) {
    mentions = compiled.matcher.find(sentence.text.slice(clause.start, clause.end));
    sentence.clauseMentions.set(key, mentions);
  }
  return mentions;
}

/**
 * Whether a compiled pattern has a match in the sentence's paragraph (`hasMatch` on `paragraphText`),
 * once per paragraph and pattern: the period and quantity rules ask whether a unit noun occurs in the
 * paragraph, and the answer is the same for every sentence of it.
 */
export function paragraphHasMatch(sentence: SentenceView, pattern: RegExp | null): boolean {
  if (pattern === null) return false;
  const { matches } = sentence.paragraphFacts;
  let found = matches.get(pattern);
  if (found === undefined) {
    found = hasMatch(pattern, sentence.paragraphText);
    matches.set(pattern, found);
  }
  return found;
}

/**
 * The people the gazetteer lacks that a sentence names with a title (`findTitledPeople` over the
 * sentence's folded text, outside its gazetteer mentions), once per sentence: the people rule reads
 * them, and the quote rule reuses them for its paragraphs where that is provably the same as reading
 * the paragraph (see `readMaskedParagraph`).
 */
export function titledPeopleIn(sentence: SentenceView, compiled: CompiledProfile): readonly UnknownName[] {
  sentence.titled ??= findTitledPeople(sentence.text, sentence.language, mentionsIn(sentence, compiled));
  return sentence.titled;
}
