import { ErrorCode, LanguageSchema, QualifierSchema, SourceKindSchema } from '@dealbrief/core';
import { z } from 'zod';
import { readJsonFile } from '../read-json-file.js';

/** The gold copy bundled as a test fixture (resolved from `src/` and from `dist/` alike). */
export const DEFAULT_GOLD_URL = new URL('../../src/fixtures/seeds-gold.json', import.meta.url);

/** What the labeller knew about one source (keyed by file name in {@link GoldSchema}). */
export const GoldSourceSchema = z.object({
  language: LanguageSchema,
  also: z.array(LanguageSchema).optional(),
  kind: SourceKindSchema,
  published: z.string().nullable().optional(),
  author: z.string().optional(),
  note: z.string().optional(),
});
export type GoldSource = z.infer<typeof GoldSourceSchema>;

/**
 * One thing one source states. `quote` occurs verbatim in the source (whitespace as in the file); the
 * extractor's citation must overlap it. Which of `value`, `qualifier`, `weekday_only`, `speaker` apply
 * depends on the field's value type; `role` and `language` are informational.
 */
export const GoldClaimSchema = z.strictObject({
  /** The source's file name, e.g. "000_69938086f725314d.txt". */
  source: z.string().min(1),
  field: z.string().regex(/^[a-z][a-z0-9_]*$/),
  value: z.union([z.string().min(1), z.number()]).optional(),
  qualifier: QualifierSchema.optional(),
  /** The source names only the weekday ("Friday", "Freitag"); `value` is the date it stands for. */
  weekday_only: z.string().min(1).optional(),
  /** For quotes: who is quoted. */
  speaker: z.string().min(1).optional(),
  role: z.string().optional(),
  language: LanguageSchema.optional(),
  quote: z.string().min(1),
  note: z.string().optional(),
});
export type GoldClaim = z.infer<typeof GoldClaimSchema>;

/** The hand-labelled gold file (`shared/eval/seeds-gold.json`). `briefing` is the reconciled answer. */
export const GoldSchema = z.object({
  about: z.string().optional(),
  version: z.number().int().positive(),
  sources: z.record(z.string(), GoldSourceSchema),
  /** Field key → what it means. */
  fields: z.record(z.string(), z.string()),
  claims: z.array(GoldClaimSchema),
  briefing: z.record(z.string(), z.unknown()).optional(),
});
export type Gold = z.infer<typeof GoldSchema>;

/**
 * Reads and validates a gold file (default: the bundled copy). Throws PROFILE_INVALID (core has no code
 * of its own for evaluation data) naming the file, with the position of a JSON error or each schema issue.
 */
export async function loadGold(file: string | URL = DEFAULT_GOLD_URL): Promise<Gold> {
  return readJsonFile(file, GoldSchema, { code: ErrorCode.ProfileInvalid, noun: 'gold file' });
}
