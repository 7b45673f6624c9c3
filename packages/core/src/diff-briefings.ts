import { displayValue } from './display.js';
import type { Briefing } from './schemas/briefing.js';
import type { Changes, FieldChange } from './schemas/changes.js';
import type { Claim } from './schemas/claim.js';
import type { Field } from './schemas/field.js';

/** What a field shows: its display text, or that nothing was found. */
function shown(field: Field | undefined): string {
  if (field === undefined || field.status === 'not-found') return '';
  return field.display;
}

/**
 * A claim's identity across runs: its source's content, field, value and position. Claim ids are
 * per-run numbering, so the same evidence can carry another id after an unrelated source changed.
 */
function claimKey(claim: Claim, briefing: Briefing): string {
  const sha = briefing.sources.find((s) => s.id === claim.source)?.sha256 ?? claim.source;
  return `${sha}|${claim.field}|${displayValue(claim.value)}|${claim.citation.start}|${claim.citation.end}`;
}

/**
 * What changed from `previous` to `current`: fields found, lost or with another value or status;
 * claims added or removed (by their evidence, not their ids); sources added, removed or edited (by
 * file name and sha256). The order follows `current` (then `previous`), so the result is stable.
 */
export function diffBriefings(previous: Briefing, current: Briefing, previousRunId?: string): Changes {
  const before = new Map(previous.fields.map((f) => [f.field, f]));
  const after = new Map(current.fields.map((f) => [f.field, f]));
  const keys = [...new Set([...current.fields.map((f) => f.field), ...previous.fields.map((f) => f.field)])];
  const fields: FieldChange[] = [];
  for (const key of keys) {
    const a = before.get(key);
    const b = after.get(key);
    const was = shown(a);
    const now = shown(b);
    const statusBefore = a?.status ?? 'not-found';
    const statusAfter = b?.status ?? 'not-found';
    if (was === now && statusBefore === statusAfter) continue;
    const kind = was === '' ? 'new' : now === '' ? 'removed' : 'changed';
    fields.push({
      field: key,
      label: (b ?? a)!.label,
      kind,
      before: was,
      after: now,
      statusBefore,
      statusAfter,
    });
  }
  const oldClaims = new Map(previous.claims.map((c) => [claimKey(c, previous), c.id]));
  const newClaims = new Map(current.claims.map((c) => [claimKey(c, current), c.id]));
  const oldSources = new Map(previous.sources.map((s) => [s.file, s.sha256]));
  const newSources = new Map(current.sources.map((s) => [s.file, s.sha256]));
  return {
    previous: { ...(previousRunId === undefined ? {} : { runId: previousRunId }), asOf: previous.asOf },
    fields,
    claims: {
      added: [...newClaims].filter(([k]) => !oldClaims.has(k)).map(([, id]) => id),
      removed: [...oldClaims].filter(([k]) => !newClaims.has(k)).map(([, id]) => id),
    },
    sources: {
      added: [...newSources.keys()].filter((f) => !oldSources.has(f)),
      removed: [...oldSources.keys()].filter((f) => !newSources.has(f)),
      changed: [...newSources]
        .filter(([f, sha]) => oldSources.has(f) && oldSources.get(f) !== sha)
        .map(([f]) => f),
    },
  };
}

/** True when nothing a reader would notice changed. */
export function isUnchanged(changes: Changes): boolean {
  const { fields, claims, sources } = changes;
  return (
    fields.length === 0 &&
    claims.added.length === 0 &&
    claims.removed.length === 0 &&
    sources.added.length + sources.removed.length + sources.changed.length === 0
  );
}

/** Plain lines for people: "gpu_total changed: 260,000 GPUs → 250,000 GPUs (agreed → disputed)". */
export function describeChanges(changes: Changes): string[] {
  const lines = changes.fields.map((c) => {
    const status = c.statusBefore === c.statusAfter ? '' : ` (${c.statusBefore} → ${c.statusAfter})`;
    if (c.kind === 'new') return `${c.label}: new — ${c.after}${status}`;
    if (c.kind === 'removed') return `${c.label}: no longer found (was ${c.before})`;
    return c.before === c.after
      ? `${c.label}: ${c.after}${status}`
      : `${c.label}: ${c.before} → ${c.after}${status}`;
  });
  const { claims, sources } = changes;
  if (sources.added.length > 0) lines.push(`new sources: ${sources.added.join(', ')}`);
  if (sources.changed.length > 0) lines.push(`edited sources: ${sources.changed.join(', ')}`);
  if (sources.removed.length > 0) lines.push(`removed sources: ${sources.removed.join(', ')}`);
  if (claims.added.length + claims.removed.length > 0)
    lines.push(`claims: ${claims.added.length} new, ${claims.removed.length} gone`);
  return lines;
}
