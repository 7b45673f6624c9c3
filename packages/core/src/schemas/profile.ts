import { z } from 'zod';
import { EntityKindSchema, ValueTypeSchema } from './value.js';

/**
 * Phrases per language. Each string is a regular-expression source matched case-insensitively and
 * Unicode-aware against a normalized view of the text (NFC, NBSP and other spaces as " ", hyphen
 * variants as "-"). Word boundaries are added by the matcher for Latin script, not for Hangul.
 */
export const LangPatternsSchema = z.strictObject({
  en: z.array(z.string()).default([]),
  de: z.array(z.string()).default([]),
  ko: z.array(z.string()).default([]),
});
/** The type of a value {@link LangPatternsSchema} accepts (after parsing). */
export type LangPatterns = z.infer<typeof LangPatternsSchema>;

/**
 * How sources count one unit. `nouns` name the thing itself ("GPUs", "Grafikprozessoren", "GPU");
 * `counters` are generic counting words ("units", "Einheiten", "개", "장") that only count this unit when
 * one of its nouns occurs in the same paragraph.
 */
export const UnitSpecSchema = z.strictObject({
  nouns: LangPatternsSchema,
  counters: LangPatternsSchema.default({ en: [], de: [], ko: [] }),
});
/** The type of a value {@link UnitSpecSchema} accepts (after parsing). */
export type UnitSpec = z.infer<typeof UnitSpecSchema>;

/** A value of a closed vocabulary: its canonical wording and the phrases that state it per language. */
export const VocabularyEntrySchema = z.strictObject({
  value: z.string().min(1),
  patterns: LangPatternsSchema,
});
/** The type of a value {@link VocabularyEntrySchema} accepts (after parsing). */
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;

/**
 * The generic rule that reads a field: quantities of a unit, per-recipient allocations, one gazetteer
 * entity, organisations named together, people with titles, a closed vocabulary, money, the date of
 * the event, direct quotations, or a period ("through 2030").
 */
export const ExtractorSchema = z.enum([
  'quantity',
  'allocation',
  'entity',
  'enumeration',
  'people',
  'vocabulary',
  'money',
  'date',
  'quotes',
  'period',
]);
/** The type of a value {@link ExtractorSchema} accepts (after parsing). */
export type Extractor = z.infer<typeof ExtractorSchema>;

/** One field of the deal's catalogue. */
export const FieldSpecSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  /** English label used in the exports. */
  label: z.string().min(1),
  description: z.string().optional(),
  type: ValueTypeSchema,
  cardinality: z.enum(['one', 'many']),
  /** The rule that reads this field (see {@link ExtractorSchema}). */
  extractor: ExtractorSchema,
  /** For vocabulary fields: the values and how each language states them. */
  vocabulary: z.array(VocabularyEntrySchema).optional(),
  /**
   * The unit key in `units`: what quantity, allocation and period fields count; for entity fields, a
   * noun of this unit right after the entity ("NVIDIA GPUs") counts as a cue.
   */
  unit: z.string().optional(),
  /** When the cues of several fields match one clause, the highest priority wins (default 0). */
  priority: z.number().int().optional(),
  /**
   * Labels for figures of a many-valued quantity field, e.g. "before the deal" / "after the deal". Each
   * pattern is matched against the figure's surroundings written as `<text before>#<text after>`.
   */
  labels: z.record(z.string(), LangPatternsSchema).optional(),
  /** Words that mark a sentence (or clause) as stating this field. */
  cues: LangPatternsSchema.optional(),
  /** Words that rule this field out for a sentence or clause. */
  antiCues: LangPatternsSchema.optional(),
  /**
   * Entity list fields whose gazetteer members also count as cues for this field: naming a partner
   * company among the recipients marks a figure as (partly) private-sector.
   */
  cueEntityFields: z.array(z.string()).optional(),
});
/** The type of a value {@link FieldSpecSchema} accepts (after parsing). */
export type FieldSpec = z.infer<typeof FieldSpecSchema>;

/** A known entity with its aliases in every language and romanization. */
export const EntitySpecSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  kind: EntityKindSchema,
  /** Every way sources write it (en/de/ko, romanizations, abbreviations). Matched case-sensitively. */
  aliases: z.array(z.string().min(1)).min(1),
  /** Catalogue fields this entity may fill (e.g. "partner_companies", "vendor"). */
  fields: z.array(z.string()).default([]),
  /** The role to report when the text gives none. */
  role: z.string().optional(),
});
/** The type of a value {@link EntitySpecSchema} accepts (after parsing). */
export type EntitySpec = z.infer<typeof EntitySpecSchema>;

/** Deal knowledge as data: field catalogue, unit lexicon and gazetteer. */
export const ProfileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    title: z.string().min(1),
    /** The units quantity fields count, by key (e.g. "GPU"). */
    units: z.record(z.string(), UnitSpecSchema),
    fields: z.array(FieldSpecSchema).min(1),
    entities: z.array(EntitySpecSchema),
  })
  .superRefine((profile, ctx) => {
    const keys = new Set<string>();
    profile.fields.forEach((field, i) => {
      if (keys.has(field.key))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate field key "${field.key}"`,
          path: ['fields', i, 'key'],
        });
      keys.add(field.key);
      field.cueEntityFields?.forEach((key, j) => {
        if (!profile.fields.some((f) => f.key === key)) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown field "${key}"`,
            path: ['fields', i, 'cueEntityFields', j],
          });
        }
      });
      if (field.type === 'quantity' && (field.unit === undefined || !(field.unit in profile.units))) {
        ctx.addIssue({
          code: 'custom',
          message: `quantity field "${field.key}" needs a unit defined in "units"`,
          path: ['fields', i, 'unit'],
        });
      }
    });
    const ids = new Set<string>();
    profile.entities.forEach((entity, i) => {
      if (ids.has(entity.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate entity id "${entity.id}"`,
          path: ['entities', i, 'id'],
        });
      ids.add(entity.id);
      entity.fields.forEach((f, j) => {
        if (!keys.has(f))
          ctx.addIssue({
            code: 'custom',
            message: `unknown field "${f}"`,
            path: ['entities', i, 'fields', j],
          });
      });
    });
  });
/** The type of a value {@link ProfileSchema} accepts (after parsing). */
export type Profile = z.infer<typeof ProfileSchema>;
/** What {@link ProfileSchema} accepts as input, before its defaults apply. */
export type ProfileInput = z.input<typeof ProfileSchema>;
