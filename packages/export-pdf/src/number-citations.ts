import type { Briefing, Claim, Field, SourceRecord } from '@dealbrief/core';
import { DealbriefError, ErrorCode, formatNumber, indexWitnessGroups } from '@dealbrief/core';
import type { GroupsBySource } from './describe-witnesses.js';
import { PASSAGE_LIMIT } from './limits.js';

/**
 * The claims the PDF cites, numbered: `[1]` is `ordered[0]`. A briefing of a few dozen sources has every
 * claim numbered; a larger one has, per list of claims, the {@link PASSAGE_LIMIT} strongest (see
 * {@link selectStrongest}).
 */
export interface CitationNumbers {
  /** The numbered claims, in citation-list order. */
  ordered: Claim[];
  /** Claim id → citation number (1-based), for the numbered claims. */
  numbers: ReadonlyMap<string, number>;
  /** Claim id → claim, for every claim of the briefing. */
  claims: ReadonlyMap<string, Claim>;
  /** Source id → source. */
  sources: ReadonlyMap<string, SourceRecord>;
  /** Source id → the witness groups it belongs to. */
  groups: GroupsBySource;
  /** Source id → its numbered claims, in citation-list order. */
  bySource: ReadonlyMap<string, readonly Claim[]>;
  /** Source id → how many claims of the briefing it gives (numbered or not). */
  claimCounts: ReadonlyMap<string, number>;
  /** Passages cited at most per list of claims. */
  limit: number;
}

/** Every claim id the fields cite, in key-facts order (field support, members, dissent, consistent). */
function* listReferencedIds(briefing: Briefing): Generator<string> {
  for (const field of briefing.fields) {
    yield* field.support;
    for (const member of field.members) {
      yield* member.support;
      yield* member.dissent;
      yield* member.consistent;
    }
    yield* field.dissent;
    yield* field.consistent;
  }
}

/** Every list of claim ids a field holds: its support, dissent and consistent claims, and each member's. */
function* listClaimLists(field: Field): Generator<readonly string[]> {
  yield field.support;
  yield field.dissent;
  yield field.consistent;
  for (const member of field.members) {
    yield member.support;
    yield member.dissent;
    yield member.consistent;
  }
}

/** How strong a claim is, and which witness (witness group, else source) gives it. */
interface Ranked {
  claim: Claim;
  position: number;
  weight: number;
  witness: string;
}

function compareStrength(a: Ranked, b: Ranked): number {
  if (a.claim.confidence !== b.claim.confidence) return b.claim.confidence - a.claim.confidence;
  if (a.weight !== b.weight) return b.weight - a.weight;
  if (a.claim.id !== b.claim.id) return a.claim.id < b.claim.id ? -1 : 1;
  return a.position - b.position;
}

/**
 * The `limit` strongest of `claims`, in their given order: the highest claim confidence, then the highest
 * prior weight of the source (none counts as 0), then the smallest id (the order of the XLSX notes); one
 * claim per witness first (a witness group — translations and copies of one story — is one witness), then
 * the next strongest. All of them when there are at most `limit`.
 */
export function selectStrongest(
  claims: readonly Claim[],
  limit: number,
  sources: ReadonlyMap<string, SourceRecord>,
  groups: GroupsBySource,
): Claim[] {
  if (claims.length <= limit) return [...claims];
  const ranked = claims
    .map(
      (claim, position): Ranked => ({
        claim,
        position,
        weight: sources.get(claim.source)?.weight ?? 0,
        witness: groups.get(claim.source)?.[0]?.id ?? claim.source,
      }),
    )
    .sort(compareStrength);
  const picked: Ranked[] = [];
  const taken = new Set<Ranked>();
  const witnesses = new Set<string>();
  for (const entry of ranked) {
    if (picked.length >= limit) break;
    if (witnesses.has(entry.witness)) continue;
    witnesses.add(entry.witness);
    picked.push(entry);
    taken.add(entry);
  }
  for (const entry of ranked) {
    if (picked.length >= limit) break;
    if (!taken.has(entry)) picked.push(entry);
  }
  return picked.sort((a, b) => a.position - b.position).map((entry) => entry.claim);
}

function lookUpClaims(briefing: Briefing): Map<string, Claim> {
  const claims = new Map<string, Claim>();
  for (const claim of briefing.claims) claims.set(claim.id, claim);
  return claims;
}

function danglingError(id: string): DealbriefError {
  return new DealbriefError(ErrorCode.PackInvalid, `a field cites claim "${id}", which the briefing lacks`);
}

/** The claims of `ids` the briefing holds, each once, in first-use order. */
function resolveClaims(ids: Iterable<string>, claims: ReadonlyMap<string, Claim>): Claim[] {
  const seen = new Set<string>();
  const resolved: Claim[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const claim = claims.get(id);
    if (claim !== undefined) resolved.push(claim);
  }
  return resolved;
}

/**
 * Numbers the claims the PDF cites in the order the key facts first cite them (field support, members,
 * dissent, consistent claims), then the claims no field cites, in briefing order. Of each list of claims
 * (a field's or member's support, dissent or consistent claims; the claims no field cites) only the
 * `limit` strongest are numbered ({@link selectStrongest}); with at most `limit` claims per list, every
 * claim is. Throws a `DealbriefError` with code `PACK_INVALID` when a field cites a claim id the briefing
 * does not hold: a dangling citation is an error.
 */
export function numberCitations(briefing: Briefing, limit = PASSAGE_LIMIT): CitationNumbers {
  const claims = lookUpClaims(briefing);
  const sources = new Map(briefing.sources.map((source) => [source.id, source]));
  const groups = indexWitnessGroups(briefing.groups ?? []);
  const referenced = new Set<string>();
  for (const id of listReferencedIds(briefing)) {
    if (!claims.has(id)) throw danglingError(id);
    referenced.add(id);
  }
  const chosen = new Set<string>();
  const choose = (list: readonly Claim[]): void => {
    for (const claim of selectStrongest(list, limit, sources, groups)) chosen.add(claim.id);
  };
  for (const field of briefing.fields) {
    for (const ids of listClaimLists(field)) choose(resolveClaims(ids, claims));
  }
  const unused = briefing.claims.filter((claim) => !referenced.has(claim.id));
  choose(
    resolveClaims(
      unused.map((claim) => claim.id),
      claims,
    ),
  );

  const numbers = new Map<string, number>();
  const ordered: Claim[] = [];
  const add = (id: string): void => {
    if (numbers.has(id) || !chosen.has(id)) return;
    const claim = claims.get(id);
    if (claim === undefined) return;
    ordered.push(claim);
    numbers.set(id, ordered.length);
  };
  for (const id of referenced) add(id);
  for (const claim of unused) add(claim.id);

  const bySource = new Map<string, Claim[]>();
  for (const claim of ordered) {
    const list = bySource.get(claim.source);
    if (list === undefined) bySource.set(claim.source, [claim]);
    else list.push(claim);
  }
  const claimCounts = new Map<string, number>();
  for (const claim of claims.values()) {
    claimCounts.set(claim.source, (claimCounts.get(claim.source) ?? 0) + 1);
  }
  return { ordered, numbers, claims, sources, groups, bySource, claimCounts, limit };
}

/**
 * The claims a briefing's PDF cites with their passage, in the order the PDF numbers them: every claim of a
 * small briefing; in a larger one, per list of claims, the strongest few (the CSV and XLSX hold the rest).
 */
export function listCitedClaims(briefing: Briefing): Claim[] {
  return numberCitations(briefing).ordered;
}

/**
 * The claims of `ids` the PDF cites (at most `citations.limit`, the strongest, each once, in the order of
 * `ids`), and how many distinct claims of `ids` it leaves out.
 */
export function pickCited(
  ids: readonly string[],
  citations: CitationNumbers,
): { shown: Claim[]; more: number } {
  const distinct = [...new Set(ids)];
  const numbered = distinct.flatMap((id) => {
    const claim = citations.numbers.has(id) ? citations.claims.get(id) : undefined;
    return claim === undefined ? [] : [claim];
  });
  const shown = selectStrongest(numbered, citations.limit, citations.sources, citations.groups);
  return { shown, more: distinct.length - shown.length };
}

/**
 * Citation markers for claim ids, e.g. `"[1] [2]"`, sorted and distinct; when the PDF leaves some of the
 * claims out, the count follows: `"[1] [2] [3] +1,412 more"`.
 */
export function formatMarkers(ids: readonly string[], citations: CitationNumbers): string {
  const { shown, more } = pickCited(ids, citations);
  const markers = shown
    .map((claim) => citations.numbers.get(claim.id) ?? 0)
    .sort((a, b) => a - b)
    .map((number) => `[${number}]`)
    .join(' ');
  if (more === 0) return markers;
  return `${markers}${markers === '' ? '' : ' '}+${formatNumber(more)} more`;
}
