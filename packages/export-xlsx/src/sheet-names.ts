/** Sheet names, in workbook order. */
export const SHEET_NAMES = {
  briefing: 'Briefing',
  evidence: 'Evidence',
  conflicts: 'Conflicts',
  quotes: 'Quotes',
  sources: 'Sources',
  about: 'About',
} as const;
