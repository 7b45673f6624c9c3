export { weekdayOf } from './calendar.js';
export type { DateMention } from './date-mention.js';
export {
  createEntityMatcher,
  type EntityMatcher,
  type EntityMention,
  type NamedEntity,
} from './entity-names.js';
export { findDates } from './find-dates.js';
export { findNumbers } from './find-numbers.js';
export { findQualifier, type QualifierMatch } from './find-qualifier.js';
export type { NumberKind, NumberMention } from './number-kind.js';
export { parseNumber } from './parse-number.js';
export { type ResolvedDate, resolveDate } from './resolve-date.js';
export { type ComposedView, composeForMatching, foldForMatching } from './text-fold.js';
export { isTitleWord, TITLE_WORDS } from './titles.js';
