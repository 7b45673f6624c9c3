import { z } from 'zod';
import { ChangesSchema } from './changes.js';
import { ClaimSchema } from './claim.js';
import { FieldSchema } from './field.js';
import { SourceRecordSchema } from './source.js';

/**
 * Sources that tell one story: translations or copies of each other. Reconciliation counts such a
 * group as one witness.
 */
export const WitnessGroupSchema = z.strictObject({
  /** The member ids joined with "+", e.g. "000+001"; from five members on the first two and the count, e.g. "000004+000014+… (2,601 sources)". */
  id: z.string().min(1),
  sources: z.array(z.string()).min(2),
  relation: z.enum(['translation', 'copy']),
  /** For people, e.g. "001 is a German version of 000". */
  note: z.string(),
});
/** The type of a value {@link WitnessGroupSchema} accepts (after parsing). */
export type WitnessGroup = z.infer<typeof WitnessGroupSchema>;

/** `briefing.json`: the machine-readable pack; every other format is a view of it. */
export const BriefingSchema = z.strictObject({
  schemaVersion: z.literal(1),
  profile: z.string().min(1),
  /** Title of the deal, from the profile. */
  title: z.string(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sources: z.array(SourceRecordSchema),
  claims: z.array(ClaimSchema),
  fields: z.array(FieldSchema),
  /** Sources counted as one witness. */
  groups: z.array(WitnessGroupSchema).default([]),
  /** What changed since the previous run's briefing, when there was one. */
  changes: ChangesSchema.optional(),
});
/** The type of a value {@link BriefingSchema} accepts (after parsing). */
export type Briefing = z.infer<typeof BriefingSchema>;
