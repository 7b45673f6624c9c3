/** Font aliases registered on every document. */
export const FONT = { body: 'body', bold: 'bold' } as const;

/** Font sizes in points. */
export const SIZE = { title: 20, heading: 14, label: 11, body: 10, small: 8.5, chrome: 8 } as const;

/** Text colours (hex). */
export const COLOR = {
  text: '#111111',
  muted: '#555555',
  accent: '#1f4e79',
  warning: '#9c2a00',
} as const;

/** Page margins in points; the running header and footer live inside the top and bottom margins. */
export const MARGINS = { top: 64, bottom: 64, left: 56, right: 56 } as const;

/** Distance of the running header and of the footer from the page edge, in points. */
export const CHROME_OFFSET = 30;

/** Width of the hanging column that holds list bullets and citation numbers, in points. */
export const HANG = 30;

/** Inner padding of table cells, in points. */
export const CELL_PADDING = 3;

/** Colours of table rules and chart bars (hex). */
export const RULE = { line: '#b7c3d0', header: '#e8eef4', bar: '#1f4e79' } as const;
