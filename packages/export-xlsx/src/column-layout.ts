/** How a column looks in the workbook: width in characters, wrapping, number format. */
export interface ColumnLayout {
  width: number;
  wrap: boolean;
  numFmt?: string;
}

const INTEGER = '0';
const BYTES = '#,##0';
const CONFIDENCE = '0.00';
const AMOUNT = '#,##0';
const DATE = 'yyyy-mm-dd';

/** Column layouts by header name (the same name means the same layout on every sheet). */
const LAYOUTS: Readonly<Record<string, ColumnLayout>> = {
  field: { width: 18, wrap: false },
  label: { width: 26, wrap: true },
  value: { width: 32, wrap: true },
  amount: { width: 12, wrap: false, numFmt: AMOUNT },
  date: { width: 11, wrap: false, numFmt: DATE },
  status: { width: 14, wrap: false },
  confidence: { width: 11, wrap: false, numFmt: CONFIDENCE },
  sources: { width: 16, wrap: true },
  citations: { width: 70, wrap: true },
  dissent: { width: 50, wrap: true },
  consistent: { width: 50, wrap: true },
  rationale: { width: 50, wrap: true },
  member: { width: 8, wrap: false, numFmt: INTEGER },
  answer: { width: 32, wrap: true },
  support: { width: 70, wrap: true },
  claims: { width: 24, wrap: true },
  id: { width: 22, wrap: false },
  qualifier: { width: 11, wrap: false },
  source: { width: 9, wrap: false },
  publisher: { width: 22, wrap: true },
  start: { width: 8, wrap: false, numFmt: INTEGER },
  end: { width: 8, wrap: false, numFmt: INTEGER },
  line: { width: 7, wrap: false, numFmt: INTEGER },
  column: { width: 8, wrap: false, numFmt: INTEGER },
  exact: { width: 44, wrap: true },
  prefix: { width: 30, wrap: true },
  suffix: { width: 30, wrap: true },
  rule: { width: 22, wrap: false },
  file: { width: 28, wrap: false },
  problem: { width: 40, wrap: true },
  kind: { width: 14, wrap: false },
  weight: { width: 8, wrap: false, numFmt: CONFIDENCE },
  same_story_as: { width: 30, wrap: true },
  languages: { width: 11, wrap: false },
  title: { width: 44, wrap: true },
  url: { width: 40, wrap: true },
  published: { width: 11, wrap: false, numFmt: DATE },
  author: { width: 20, wrap: false },
  encoding: { width: 10, wrap: false },
  bytes: { width: 10, wrap: false, numFmt: BYTES },
  sha256: { width: 20, wrap: false },
  claim: { width: 22, wrap: false },
  speaker: { width: 20, wrap: true },
  role: { width: 26, wrap: true },
  quote: { width: 70, wrap: true },
  location: { width: 9, wrap: false },
};

const FALLBACK: ColumnLayout = { width: 16, wrap: true };

/** Returns the layout of the column with this header (a wrapping 16-character column if unknown). */
export function selectColumnLayout(header: string): ColumnLayout {
  return LAYOUTS[header] ?? FALLBACK;
}
