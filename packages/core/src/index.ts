export { buildCitation, CONTEXT_LENGTH, verifyCitation } from './citation.js';
export { describeChanges, diffBriefings, isUnchanged } from './diff-briefings.js';
export { displayValue, formatNumber, plainValue, qualifierPrefix } from './display.js';
export {
  DealbriefError,
  type DealbriefErrorOptions,
  ErrorCode,
  isDealbriefError,
  type Problem,
} from './errors.js';
export { sha256Hex } from './hash.js';
export { type Briefing, BriefingSchema, type WitnessGroup, WitnessGroupSchema } from './schemas/briefing.js';
export { type Changes, ChangesSchema, type FieldChange, FieldChangeSchema } from './schemas/changes.js';
export { type Citation, CitationSchema, type Claim, ClaimSchema } from './schemas/claim.js';
export {
  type Byline,
  BylineSchema,
  type Dateline,
  DatelineSchema,
  type Document,
  DocumentSchema,
  type Paragraph,
  ParagraphSchema,
  type Sentence,
  SentenceSchema,
  type Span,
  SpanSchema,
} from './schemas/document.js';
export {
  type Field,
  type FieldMember,
  FieldMemberSchema,
  FieldSchema,
  type FieldStatus,
  FieldStatusSchema,
} from './schemas/field.js';
export {
  type EntitySpec,
  EntitySpecSchema,
  type Extractor,
  ExtractorSchema,
  type FieldSpec,
  FieldSpecSchema,
  type LangPatterns,
  LangPatternsSchema,
  type Profile,
  type ProfileInput,
  ProfileSchema,
  type UnitSpec,
  UnitSpecSchema,
  type VocabularyEntry,
  VocabularyEntrySchema,
} from './schemas/profile.js';
export {
  IsoDateSchema,
  type Language,
  LanguageSchema,
  type SourceEntry,
  SourceEntrySchema,
  type SourceKind,
  SourceKindSchema,
  type SourceRecord,
  SourceRecordSchema,
  type SourceRegistry,
  SourceRegistrySchema,
} from './schemas/source.js';
export {
  type AllocationValue,
  AllocationValueSchema,
  type DateValue,
  DateValueSchema,
  type EntityKind,
  EntityKindSchema,
  type EntityValue,
  EntityValueSchema,
  type MoneyValue,
  MoneyValueSchema,
  type Qualifier,
  QualifierSchema,
  type QuantityValue,
  QuantityValueSchema,
  type QuoteValue,
  QuoteValueSchema,
  type TextValue,
  TextValueSchema,
  type Value,
  ValueSchema,
  type ValueType,
  ValueTypeSchema,
  type Weekday,
  WeekdaySchema,
} from './schemas/value.js';
export { sourceIdFromFile } from './source-id.js';
export {
  type BriefingIndex,
  collectFieldClaimIds,
  type IndexedRecord,
  indexBriefing,
  indexLinkedClaims,
  indexWitnessGroups,
} from './tables/briefing-index.js';
export { CLAIM_COLUMNS, readQualifier } from './tables/claim-columns.js';
export {
  CONFLICT_COLUMNS,
  CONFLICT_STATUSES,
  type ConflictRow,
  describeWitnesses,
  displayConflict,
  explainConflict,
  listConflictClaims,
  listConflictRows,
  listWitnesses,
  readConflictIds,
  readMemberNumber,
} from './tables/conflict-rows.js';
export {
  collectFieldIds,
  displayField,
  FIELD_COLUMNS,
  type FieldIdList,
  plainField,
} from './tables/field-columns.js';
export {
  formatClaimReference,
  formatClaimReferences,
  formatValuedClaimReference,
  formatValuedClaimReferences,
} from './tables/format-reference.js';
export { neutraliseFormula } from './tables/neutralise-formula.js';
export {
  formatQuoteLocation,
  listQuoteRows,
  QUOTE_COLUMNS,
  type QuoteRow,
  readQuoteStatus,
} from './tables/quote-rows.js';
export { describeSameStory, SOURCE_COLUMNS } from './tables/source-columns.js';
export { readTableCell, type TableCellValue, type TableColumn } from './tables/table-column.js';
export { CodePointIndex, codePointLength, sliceCodePoints } from './text.js';
export { formatZodIssues, jsonPath } from './zod-problems.js';
