import { type Briefing, diffBriefings } from '@dealbrief/core';
import type { ManifestEntry } from '../manifest.js';
import { loadRun, type PackRun, readBriefing } from './run-catalog.js';

/** What the page and `/api/runs` say about one run. */
export interface RunSummary {
  id: string;
  asOf: string;
  createdAt: string;
  status: string;
  sources: number;
  rejected: number;
  claims: number;
  fields: { agreed: number; singleSource: number; disputed: number; notFound: number };
  /** Fields whose value or status differ from the run before (by creation time); null for the first run. */
  changedFields: number | null;
  /** The files that may be downloaded: the manifest's files and manifest.json. */
  files: ManifestEntry[];
  zip: ManifestEntry | null;
}

/** A field of the latest run, for the page's key facts. */
export interface KeyFact {
  label: string;
  display: string;
  status: string;
}

/** Every listed run, newest first, and the latest run's key facts. */
export interface Catalog {
  runs: RunSummary[];
  latest: string | null;
  keyFacts: KeyFact[];
}

type Counts = Omit<RunSummary, 'changedFields' | 'files' | 'zip'>;

/**
 * Builds summaries from run folders. Runs never change once published, so counts and changes are cached
 * by run id (and the id of the run before), and each briefing.json is read at most once.
 */
export class RunSummarizer {
  readonly #counts = new Map<string, Counts>();
  readonly #changes = new Map<string, number>();

  /** Summaries of `ids` (loaded from `realOut`), newest first; runs that cannot be read are left out. */
  async summarize(realOut: string, ids: readonly string[], latest: string | undefined): Promise<Catalog> {
    const runs: PackRun[] = [];
    for (const id of ids) {
      const run = await loadRun(realOut, id);
      if (run) runs.push(run);
    }
    runs.sort((a, b) => compare(a.run.createdAt, b.run.createdAt) || compare(a.id, b.id));
    const briefings = new Map<string, Briefing | undefined>();
    const briefingOf = async (run: PackRun) => {
      if (!briefings.has(run.id)) briefings.set(run.id, await readBriefing(run));
      return briefings.get(run.id);
    };
    const summaries: RunSummary[] = [];
    let previous: PackRun | undefined;
    for (const run of runs) {
      let counts = this.#counts.get(run.id);
      if (!counts) {
        counts = countRun(run, await briefingOf(run));
        this.#counts.set(run.id, counts);
      }
      let changed: number | null = null;
      if (previous) {
        const key = `${previous.id}\n${run.id}`;
        let n = this.#changes.get(key);
        if (n === undefined) {
          const [a, b] = [await briefingOf(previous), await briefingOf(run)];
          n = a && b ? diffBriefings(a, b).fields.length : -1;
          this.#changes.set(key, n);
        }
        changed = n < 0 ? null : n;
      }
      const files = [...run.files.values()].filter((f) => f.name !== run.run.zip?.name);
      summaries.push({ ...counts, changedFields: changed, files, zip: run.run.zip ?? null });
      previous = run;
    }
    const latestRun = runs.find((r) => r.id === latest);
    const latestBriefing = latestRun ? await briefingOf(latestRun) : undefined;
    const keyFacts = (latestBriefing?.fields ?? []).map((f) => ({
      label: f.label,
      display: f.status === 'not-found' ? '' : f.display,
      status: f.status,
    }));
    return { runs: summaries.reverse(), latest: latestRun?.id ?? null, keyFacts };
  }
}

function countRun(run: PackRun, briefing: Briefing | undefined): Counts {
  const fields = briefing?.fields ?? [];
  const count = (status: string) => fields.filter((f) => f.status === status).length;
  const sources = briefing?.sources ?? [];
  return {
    id: run.id,
    asOf: run.manifest.asOf,
    createdAt: run.run.createdAt,
    status: typeof run.run.status === 'string' ? run.run.status : 'ok',
    sources: sources.length || run.manifest.inputs.length,
    rejected: sources.filter((s) => s.status === 'rejected').length,
    claims: briefing?.claims.length ?? 0,
    fields: {
      agreed: count('agreed'),
      singleSource: count('single-source'),
      disputed: count('disputed'),
      notFound: count('not-found'),
    },
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
