import {
  type Briefing,
  BriefingSchema,
  type Claim,
  DealbriefError,
  ErrorCode,
  type Field,
  formatZodIssues,
  type Profile,
  type SourceRecord,
  type WitnessGroup,
} from '@dealbrief/core';
import { checkCitations } from './check-citations.js';

export interface AssembleBriefingInput {
  /** The profile's id and title (nothing else of it ends up in briefing.json). */
  profile: Pick<Profile, 'id' | 'title'>;
  asOf: string;
  sources: SourceRecord[];
  claims: Claim[];
  fields: Field[];
  /** Sources counted as one witness. */
  groups: WitnessGroup[];
  /** Decoded text of every accepted source, by source id. */
  texts: ReadonlyMap<string, string>;
}

/**
 * Builds briefing.json's value, validates it with BriefingSchema and checks the citation invariant.
 * Throws INTERNAL when a stage produced data that does not match the schema and CITATION_MISMATCH
 * (listing every bad claim) when a citation is not the text it points at.
 */
export function assembleBriefing(input: AssembleBriefingInput): Briefing {
  const candidate = {
    schemaVersion: 1,
    profile: input.profile.id,
    title: input.profile.title,
    asOf: input.asOf,
    sources: input.sources,
    claims: input.claims,
    fields: input.fields,
    groups: input.groups,
  };
  const parsed = BriefingSchema.safeParse(candidate);
  if (!parsed.success) {
    const issues = formatZodIssues(parsed.error).slice(0, 20);
    throw new DealbriefError(
      ErrorCode.Internal,
      `the briefing does not match its schema:\n${issues.map((i) => `  ${i}`).join('\n')}`,
    );
  }
  const mismatches = checkCitations(parsed.data.claims, input.texts);
  if (mismatches.length > 0) {
    throw new DealbriefError(
      ErrorCode.CitationMismatch,
      `${mismatches.length} citation(s) do not match their source text:\n${mismatches.map((m) => `  ${m.message}`).join('\n')}`,
    );
  }
  return parsed.data;
}
