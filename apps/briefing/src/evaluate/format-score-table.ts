import type { CitationCheck } from './evaluate-sources.js';
import type { ClaimScores, FieldScore } from './score-claims.js';

const HEADER = ['field', 'gold', 'found', 'correct', 'matched', 'P', 'R', 'F1'] as const;

/**
 * The scores as a plain-text table: one row per gold field (gold claims, pipeline claims, correct
 * claims, gold claims matched, precision, recall, F1), then fields the gold never labels (marked "*",
 * all false positives), the overall micro-averaged row, and the share of citations that verify.
 */
export function formatScoreTable(scores: ClaimScores, citations: CitationCheck): string {
  const rows: string[][] = [
    [...HEADER],
    ...scores.fields.map((s) => formatRow(s.field, s)),
    ...scores.unlabelled.map((s) => formatRow(`${s.field} *`, s)),
    formatRow('overall', scores.overall),
  ];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const render = (row: string[]): string =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const lines = [render(rows[0]!), rule, ...rows.slice(1, -1).map(render), rule, render(rows.at(-1)!)];
  if (scores.unlabelled.length > 0)
    lines.push('* not labelled in the gold: every claim counts as a false positive');
  const share = citations.total === 0 ? 100 : (100 * citations.verified) / citations.total;
  lines.push(`citations verified ${citations.verified}/${citations.total} (${formatPercent(share)})`);
  return `${lines.join('\n')}\n`;
}

function formatRow(label: string, score: FieldScore): string[] {
  return [
    label,
    String(score.gold),
    String(score.found),
    String(score.correct),
    String(score.matched),
    score.precision.toFixed(3),
    score.recall.toFixed(3),
    score.f1.toFixed(3),
  ];
}

function formatPercent(value: number): string {
  // Rounded down, so 99.97% never shows as 100%.
  const shown = Math.floor(value * 10) / 10;
  return `${Number.isInteger(shown) ? shown : shown.toFixed(1)}%`;
}
