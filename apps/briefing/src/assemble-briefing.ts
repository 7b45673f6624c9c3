import {
  type Briefing,
  BriefingSchema,
  type Claim,
  ClaimSchema,
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
  // The claims are checked one by one and kept as they are (their schema has no defaults and strict
  // objects, so a claim that passes is what parsing would return): parsing the whole briefing at once
  // would copy every claim, twice the memory of a large run.
  const parsed = BriefingSchema.safeParse({
    schemaVersion: 1,
    profile: input.profile.id,
    title: input.profile.title,
    asOf: input.asOf,
    sources: input.sources,
    claims: [],
    fields: input.fields,
    groups: input.groups,
  });
  const issues: string[] = parsed.success ? [] : formatZodIssues(parsed.error);
  for (const [i, claim] of input.claims.entries()) {
    if (issues.length >= MAX_ISSUES) break;
    const checked = ClaimSchema.safeParse(claim);
    if (!checked.success)
      issues.push(
        ...formatZodIssues(checked.error).map((issue) => issue.replace(/^\$/, () => `$.claims[${i}]`)),
      );
  }
  if (!parsed.success || issues.length > 0) {
    throw new DealbriefError(
      ErrorCode.Internal,
      `the briefing does not match its schema:\n${issues
        .slice(0, MAX_ISSUES)
        .map((i) => `  ${i}`)
        .join('\n')}`,
    );
  }
  const mismatches = checkCitations(input.claims, input.texts);
  if (mismatches.length > 0) {
    throw new DealbriefError(
      ErrorCode.CitationMismatch,
      `${mismatches.length} citation(s) do not match their source text:\n${mismatches.map((m) => `  ${m.message}`).join('\n')}`,
    );
  }
  // The claims checked above take the place of the empty list (same key, same position).
  return { ...parsed.data, claims: input.claims };
}

/** Schema problems listed at most in an INTERNAL error. */
const MAX_ISSUES = 20;
