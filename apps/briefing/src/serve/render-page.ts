import type { ManifestEntry } from '../manifest.js';
import { escapeHtml as e } from './html-escape.js';
import type { Catalog, KeyFact, RunSummary } from './run-summary.js';

/** Options of the page. */
export interface RenderPageOptions {
  /** Appended to every download link as `?token=` when the page itself was opened with one. */
  token?: string | undefined;
}

const STYLE = `
body{font:15px/1.45 system-ui,"Noto Sans KR",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d8dee4}
th{background:#f3f5f7;font-weight:600}.num{text-align:right;white-space:nowrap}.muted{color:#57606a}
a{color:#0a58ca}.files a{display:inline-block;margin:0 .6rem .2rem 0}.zip{font-weight:600;white-space:nowrap}
.st{border-radius:.6rem;padding:0 .45rem;font-size:.85em;white-space:nowrap}
.agreed{background:#dafbe1}.single-source{background:#fff8c5}.disputed{background:#ffebe9}.not-found{background:#eaeef2}
`;

/** The download page: every run (newest first) with its links, then the latest run's key facts. */
export function renderPage(catalog: Catalog, options: RenderPageOptions = {}): string {
  const href = (runId: string, file: string) =>
    `/runs/${encodeURIComponent(runId)}/${encodeURIComponent(file)}` +
    (options.token === undefined ? '' : `?token=${encodeURIComponent(options.token)}`);
  const latest = catalog.runs.find((r) => r.id === catalog.latest);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>dealbrief — briefing packs</title>',
    `<style>${STYLE}</style></head><body>`,
    '<h1>Briefing packs</h1>',
    latest
      ? `<p class="muted">Latest run <b>${e(latest.id)}</b>, as of ${e(latest.asOf)}` +
        (latest.zip
          ? `: <a class="zip" href="${e(href(latest.id, latest.zip.name))}">download the pack (zip)</a></p>`
          : '</p>')
      : '<p class="muted">No run has been published yet.</p>',
    '<h2>Runs</h2>',
    catalog.runs.length === 0 ? '<p class="muted">none</p>' : renderRuns(catalog.runs, href),
    latest ? renderKeyFacts(catalog.keyFacts) : '',
    '</body></html>',
    '',
  ].join('\n');
}

function renderKeyFacts(facts: readonly KeyFact[]): string {
  const rows = facts.map(
    (f) =>
      `<tr><td>${e(f.label)}</td><td>${f.display === '' ? '<span class="muted">—</span>' : e(f.display)}</td>` +
      `<td><span class="st ${e(f.status)}">${e(f.status)}</span></td></tr>`,
  );
  return [
    '<h2>Key facts (latest run)</h2>',
    '<table id="key-facts"><thead><tr><th style="width:14rem">field</th><th>value</th><th>status</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
  ].join('\n');
}

function renderRuns(runs: readonly RunSummary[], href: (id: string, file: string) => string): string {
  const rows = runs.map((r) => {
    const files = r.files.map((f) => link(href(r.id, f.name), f));
    const zip = r.zip ? `<a class="zip" href="${e(href(r.id, r.zip.name))}">${e(r.zip.name)}</a>` : '';
    const changes =
      r.changedFields === null
        ? 'first run'
        : r.changedFields === 0
          ? 'no change'
          : `${r.changedFields} fields`;
    return [
      `<tr id="run-${e(r.id)}">`,
      `<td>${e(r.id)}${r.status === 'ok' ? '' : ` <span class="st disputed">${e(r.status)}</span>`}</td>`,
      `<td>${e(r.asOf)}</td><td>${e(r.createdAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z'))}</td>`,
      `<td class="num">${e(r.sources)}${r.rejected ? ` (${e(r.rejected)} rejected)` : ''}</td>`,
      `<td class="num">${e(r.fields.agreed)} / ${e(r.fields.disputed)}</td>`,
      `<td>${e(changes)}</td>`,
      `<td class="files">${files.join(' ')}<br>${zip}</td>`,
      '</tr>',
    ].join('');
  });
  return [
    '<table id="runs"><thead><tr><th>run</th><th>as of</th><th>created (UTC)</th><th class="num">sources</th>',
    '<th class="num">agreed / disputed</th><th>changes</th><th>download</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
  ].join('\n');
}

function link(url: string, file: ManifestEntry): string {
  return `<a href="${e(url)}" title="${e(`${file.bytes} bytes, sha256 ${file.sha256}`)}">${e(file.name)}</a>`;
}
