import { z } from 'zod';

/** Languages dealbrief reads. */
export const LanguageSchema = z.enum(['en', 'de', 'ko']);
/** The type of a value {@link LanguageSchema} accepts (after parsing). */
export type Language = z.infer<typeof LanguageSchema>;

/** What kind of publication a source is; drives its weight in reconciliation. */
export const SourceKindSchema = z.enum([
  'government',
  'press-release',
  'wire',
  'news',
  'opinion',
  'blog',
  'unknown',
]);
/** The type of a value {@link SourceKindSchema} accepts (after parsing). */
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** A calendar date written `YYYY-MM-DD`. */
const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** One entry of the user-editable `sources.json`; every key but `file` is optional. */
export const SourceEntrySchema = z.strictObject({
  file: z.string().min(1),
  kind: SourceKindSchema.optional(),
  publisher: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  url: z.url().optional(),
  published: IsoDateSchema.optional(),
  author: z.string().min(1).optional(),
  language: LanguageSchema.optional(),
  /** Overrides the prior weight that `kind` gives this source (0..1). */
  weight: z.number().min(0).max(1).optional(),
});
/** The type of a value {@link SourceEntrySchema} accepts (after parsing). */
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

/** The whole `sources.json`: `{ "sources": [...] }`. */
export const SourceRegistrySchema = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(SourceEntrySchema),
});
/** The type of a value {@link SourceRegistrySchema} accepts (after parsing). */
export type SourceRegistry = z.infer<typeof SourceRegistrySchema>;

/** A source as recorded in a briefing pack. */
export const SourceRecordSchema = z.strictObject({
  /** Short stable id: the file name's leading token (e.g. "000") or the file name without extension. */
  id: z.string().min(1),
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  languages: z.array(LanguageSchema),
  kind: SourceKindSchema,
  publisher: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  published: IsoDateSchema.optional(),
  author: z.string().optional(),
  encoding: z.string().optional(),
  /** The prior weight reconciliation gave this source (from its kind, or the registry's `weight`). */
  weight: z.number().min(0).max(1).optional(),
  status: z.enum(['ok', 'rejected']),
  problem: z.string().optional(),
});
/** The type of a value {@link SourceRecordSchema} accepts (after parsing). */
export type SourceRecord = z.infer<typeof SourceRecordSchema>;

export { IsoDateSchema };
