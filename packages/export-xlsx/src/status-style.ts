import type { Fill, Font } from 'exceljs';

/** Fill and font colours (ARGB) of a status cell. */
export interface StatusStyle {
  fill: Fill;
  font: Partial<Font>;
}

function solid(background: string, text: string): StatusStyle {
  return {
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: background } },
    font: { color: { argb: text } },
  };
}

const STYLES: Readonly<Record<string, StatusStyle>> = {
  agreed: solid('FFC6EFCE', 'FF006100'),
  'single-source': solid('FFFFEB9C', 'FF9C5700'),
  disputed: solid('FFFFC7CE', 'FF9C0006'),
  'not-found': solid('FFD9D9D9', 'FF3F3F3F'),
  ok: solid('FFC6EFCE', 'FF006100'),
  rejected: solid('FFFFC7CE', 'FF9C0006'),
};

/**
 * Returns the colours of a status cell: agreed/ok green, single-source amber, disputed/rejected red,
 * not-found grey; undefined for any other text.
 */
export function selectStatusStyle(status: string): StatusStyle | undefined {
  return STYLES[status];
}
