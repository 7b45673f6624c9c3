import { z } from 'zod';
import { ValueSchema } from './value.js';

/** How sure a field is: `agreed`, `single-source`, `disputed` or `not-found`. */
export const FieldStatusSchema = z.enum(['agreed', 'single-source', 'disputed', 'not-found']);
/** The type of a value {@link FieldStatusSchema} accepts (after parsing). */
export type FieldStatus = z.infer<typeof FieldStatusSchema>;

/** One member of a list field (a partner company, a person, an application...). */
export const FieldMemberSchema = z.strictObject({
  value: ValueSchema,
  display: z.string(),
  status: FieldStatusSchema,
  support: z.array(z.string()),
  dissent: z.array(z.string()),
  /** Claim ids that do not state the value but agree with it (a weekday, a compatible bound). */
  consistent: z.array(z.string()).default([]),
  sources: z.array(z.string()),
  confidence: z.number().min(0).max(1),
});
/** The type of a value {@link FieldMemberSchema} accepts (after parsing). */
export type FieldMember = z.infer<typeof FieldMemberSchema>;

/** The reconciled answer for one catalogue field. */
export const FieldSchema = z.strictObject({
  field: z.string().min(1),
  label: z.string(),
  cardinality: z.enum(['one', 'many']),
  /** The answer for single-valued fields; null for list fields and when not found. */
  value: ValueSchema.nullable(),
  display: z.string(),
  /** Members of list fields, each with its own support; empty for single-valued fields. */
  members: z.array(FieldMemberSchema),
  status: FieldStatusSchema,
  /** Claim ids supporting the answer. */
  support: z.array(z.string()),
  /** Claim ids contradicting the answer. */
  dissent: z.array(z.string()),
  /** Claim ids that do not state the answer but agree with it (a weekday, a compatible bound). */
  consistent: z.array(z.string()).default([]),
  /** Source ids behind `support`. */
  sources: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  rationale: z.string(),
});
/** The type of a value {@link FieldSchema} accepts (after parsing). */
export type Field = z.infer<typeof FieldSchema>;
