import type { EntitySpec } from '@dealbrief/core';
import { composeForMatching, type EntityMention, foldForMatching } from '@dealbrief/normalize';
import type { CompiledProfile } from './compile-profile.js';
import type { ParagraphView } from './paragraph-view.js';
import { QUOTATION_MARKS, type Quotation } from './quote-marks.js';
import { mentionsIn, titledPeopleIn } from './sentence-facts.js';
import { isWhitespaceCode, overlapsAny, startOfLettersBefore } from './text-scan.js';
import { findTitledPeople, type UnknownName } from './unknown-names.js';

/**
 * A paragraph as the quote rule reads it: its folded text with every quotation's content blanked (so
 * cues and names are only read outside quotes), the gazetteer mentions and the titled people of that
 * masked text. Offsets are paragraph offsets.
 */
export interface MaskedParagraph {
  masked: string;
  mentions: EntityMention[];
  titled: UnknownName[];
}

/**
 * The text with each quotation's content replaced by as many spaces. Quotations inside the text, in
 * text order and without overlaps (as `findQuotations` gives them) are blanked in one pass over the
 * text; others one at a time, each on the text the ones before left.
 */
function maskQuotations(text: string, quotations: readonly Quotation[]): string {
  if (quotations.length === 0) return text;
  let masked = '';
  let cursor = 0;
  for (const q of quotations) {
    if (q.start < cursor || q.end < q.start || q.end > text.length)
      return maskEachQuotation(text, quotations);
    masked += text.slice(cursor, q.start) + ' '.repeat(q.end - q.start);
    cursor = q.end;
  }
  return masked + text.slice(cursor);
}

function maskEachQuotation(text: string, quotations: readonly Quotation[]): string {
  let masked = text;
  for (const q of quotations)
    masked = masked.slice(0, q.start) + ' '.repeat(q.end - q.start) + masked.slice(q.end);
  return masked;
}

/** What the gazetteer's aliases allow (see `readMaskedParagraph`), worked out once per profile. */
export interface AliasFacts {
  /** No alias is empty, starts with whitespace or holds a quotation mark. */
  local: boolean;
  /**
   * The aliases that hold whitespace, by the character right before one of their whitespace
   * characters: the alias and that whitespace's index in it.
   */
  spacedAfter: Map<string, { alias: string; at: number }[]>;
}

/**
 * The alias facts of a profile's gazetteer (`compileProfile` reads them once per profile). They are
 * facts about the aliases `createEntityMatcher` (normalize, entity-names.ts) searches for: the keys of
 * its `byAlias`, each alias folded with `foldForMatching` (normalize, text-fold.ts). The matcher leaves
 * out an alias that folds to '' and keeps one entity per folded alias; reading every alias instead only
 * makes the facts stricter. A change to how the matcher folds or picks its aliases must change this too.
 */
export function readAliasFacts(entities: readonly EntitySpec[]): AliasFacts {
  let local = true;
  const spacedAfter = new Map<string, { alias: string; at: number }[]>();
  // The matcher's own aliases: every alias of every entity of the profile, folded (as `byAlias`'s keys).
  for (const entity of entities) {
    for (const written of entity.aliases) {
      const alias = foldForMatching(written);
      if (
        alias === '' ||
        isWhitespaceCode(alias.charCodeAt(0)) ||
        [...alias].some((c) => QUOTATION_MARKS.has(c))
      )
        local = false;
      for (let at = 1; at < alias.length; at++) {
        if (!isWhitespaceCode(alias.charCodeAt(at))) continue;
        const before = alias[at - 1]!;
        const list = spacedAfter.get(before) ?? [];
        list.push({ alias, at });
        spacedAfter.set(before, list);
      }
    }
  }
  return { local, spacedAfter };
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * True when the gazetteer matcher finds in the paragraph exactly what it finds in its sentences: the
 * paragraph needs no composed view (nor then do its sentences), its sentences are non-empty slices of
 * it separated by whitespace (and only whitespace before the first and after the last), and no alias
 * occurrence runs from one sentence across the whitespace after it. Then every match and every
 * boundary test of the matcher's scan reads the same characters in both (before a sentence and after
 * it stands whitespace, which reads as the start or end of the text does), and since no alias starts
 * with whitespace nothing is found between sentences.
 *
 * This mirrors normalize's entity matcher (entity-names.ts): `EntityMatcher.find` searches the text
 * itself, or its same-length `foldForMatching` fold, only when `composeForMatching(text).identity`
 * holds, and otherwise a composed view of it (text-fold.ts); its `scan` keeps leftmost-longest,
 * non-overlapping mentions (`AliasIndex.boundedAliasAt`), and `isBoundedMention` reads the character
 * before a mention (a space before the text's start) and up to three code units after it
 * (`text.slice(end, end + 3)`, a space past the text's end). A change to any of these must be checked
 * against this test.
 */
function matchesBySentence(view: ParagraphView, facts: AliasFacts): boolean {
  const { text, sentences } = view;
  if (!facts.local || !composeForMatching(text).identity) return false;
  let cursor = 0;
  for (const [i, s] of sentences.entries()) {
    if (s.end <= s.start || (i > 0 && s.start === cursor) || !isBlank(text, cursor, s.start)) return false;
    if (s.view.text !== text.slice(s.start, s.end)) return false;
    if (s.end < text.length) {
      for (const { alias, at } of facts.spacedAfter.get(text[s.end - 1]!) ?? [])
        if (s.end - at >= 0 && text.startsWith(alias, s.end - at)) return false;
    }
    cursor = s.end;
  }
  return isBlank(text, cursor, text.length);
}

/**
 * True when `findTitledPeople` finds in the paragraph what it finds in its sentences (given the same
 * mentions, see `matchesBySentence`): English and German only (the Korean rule reads 40 characters on,
 * across sentences), and no sentence starts with whitespace or ends in a letter, a hyphen or whitespace.
 * A title, the name after it and the test after the name then never read past a sentence's end, and
 * a name starting a sentence has no word before it but the previous sentence's final punctuation.
 */
function titlesBySentence(view: ParagraphView): boolean {
  if (view.language === 'ko') return false;
  const { text } = view;
  for (const s of view.sentences) {
    if (isWhitespaceCode(text.charCodeAt(s.start))) return false;
    if (isWhitespaceCode(text.charCodeAt(s.end - 1))) return false;
    if (startOfLettersBefore(text, s.end, s.start, true) !== s.end) return false;
  }
  return true;
}

/**
 * Reads a paragraph the way the quote rule needs it (see `MaskedParagraph`). The mentions and the
 * titled people come from its sentences (which the sentence rules have read already) when that is
 * provably the same as reading the masked paragraph, else from the masked paragraph itself. Blanking
 * a quotation only removes what lies in it: no alias holds a quotation mark, and a title with its name
 * holds none either, so nothing found runs from outside a quotation into it, and the blanks match
 * nothing; what the unmasked paragraph has outside every quotation is what the masked one has.
 */
export function readMaskedParagraph(
  view: ParagraphView,
  quotations: readonly Quotation[],
  compiled: CompiledProfile,
): MaskedParagraph {
  const masked = maskQuotations(view.text, quotations);
  if (!matchesBySentence(view, compiled.aliasFacts)) {
    const mentions = compiled.matcher.find(masked);
    return { masked, mentions, titled: findTitledPeople(masked, view.language, mentions) };
  }
  const mentions: EntityMention[] = [];
  for (const s of view.sentences) {
    for (const m of mentionsIn(s.view, compiled)) {
      const start = m.start + s.start;
      const end = m.end + s.start;
      if (!overlapsAny(start, end, quotations)) mentions.push({ id: m.id, alias: m.alias, start, end });
    }
  }
  if (!titlesBySentence(view))
    return { masked, mentions, titled: findTitledPeople(masked, view.language, mentions) };
  const titled: UnknownName[] = [];
  for (const s of view.sentences) {
    for (const person of titledPeopleIn(s.view, compiled)) {
      const start = person.start + s.start;
      const end = person.end + s.start;
      if (!overlapsAny(start, end, quotations)) titled.push({ name: person.name, start, end });
    }
  }
  return { masked, mentions, titled };
}
