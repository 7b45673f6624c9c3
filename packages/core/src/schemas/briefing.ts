import { z } from 'zod';
import { ClaimSchema } from './claim.js';
import { FieldSchema } from './field.js';
import { SourceRecordSchema } from './source.js';

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
});
export type Briefing = z.infer<typeof BriefingSchema>;
