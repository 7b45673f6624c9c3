/** Sheet names, in workbook order. */
export const SHEET_NAMES = {
  briefing: 'Briefing',
  conflicts: 'Conflicts',
  evidence: 'Evidence',
  sources: 'Sources',
} as const;
