import { DealbriefError, ErrorCode } from '@dealbrief/core';

/**
 * The export formats of a pack. `json` (briefing.json) is always written, since the pack is defined by
 * it; so are manifest.json and run.json.
 */
export const FORMATS = ['csv', 'xlsx', 'pdf', 'json', 'zip'] as const;

/** One export format. */
export type Format = (typeof FORMATS)[number];

/** Parses `--formats csv,xlsx`: a comma list of {@link FORMATS}; throws USAGE for anything else. */
export function parseFormats(text: string): Format[] {
  const items = text
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '');
  const unknown = items.filter((item) => !(FORMATS as readonly string[]).includes(item));
  if (items.length === 0 || unknown.length > 0) {
    throw new DealbriefError(
      ErrorCode.Usage,
      `--formats takes a comma list of ${FORMATS.join(', ')}${unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''}`,
    );
  }
  return [...new Set(items as Format[])];
}

/** The formats a pack gets: the given ones (default: all) plus json, in {@link FORMATS} order. */
export function effectiveFormats(formats: readonly Format[] | undefined): Format[] {
  const wanted = new Set<Format>(formats ?? FORMATS);
  wanted.add('json');
  return FORMATS.filter((format) => wanted.has(format));
}
