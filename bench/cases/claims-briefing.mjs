// The evidence table for the exporter cases: --claims N synthetic claims (see generate-corpus.mjs).
import { generateClaimsBriefing } from '../generate-corpus.mjs';

/** The briefing with `count` claims, and the flat rows a bare writer gets (the claims.csv columns' data). */
export function claimsBriefing(count) {
  return generateClaimsBriefing(count);
}

/** One claim as the plain cells a bare CSV or XLSX writer is given: no formatting, no lookups. */
export function bareRow(claim) {
  const c = claim.citation;
  return [
    claim.id,
    claim.field,
    claim.value.amount,
    claim.display,
    claim.value.qualifier,
    claim.source,
    c.start,
    c.end,
    c.line,
    c.column,
    c.exact,
    c.prefix,
    c.suffix,
    claim.rule,
    claim.confidence,
  ];
}
