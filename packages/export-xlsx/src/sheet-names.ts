/** Sheet names, in workbook order. */
export const SHEET_NAMES = {
  briefing: 'Briefing',
  evidence: 'Evidence',
  conflicts: 'Conflicts',
  quotes: 'Quotes',
  sources: 'Sources',
  /** Only when the briefing has a previous run to compare with. */
  changes: 'Changes',
  about: 'About',
} as const;
