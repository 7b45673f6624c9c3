import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DealbriefError, ErrorCode } from '@dealbrief/core';

/** Absolute paths of the Noto Sans KR font files embedded in every briefing PDF. */
export interface FontPaths {
  /** Body text: NotoSansKR-Regular.otf. */
  regular: string;
  /** Headings and labels: NotoSansKR-Bold.otf. */
  bold: string;
}

function resolveFontFile(name: string): string {
  const path = fileURLToPath(new URL(`../fonts/${name}`, import.meta.resolve('@embedpdf/fonts-kr')));
  if (!existsSync(path)) {
    throw new DealbriefError(ErrorCode.Internal, `font ${name} not found in @embedpdf/fonts-kr`, {
      file: path,
    });
  }
  return path;
}

/**
 * Finds the Noto Sans KR fonts shipped by `@embedpdf/fonts-kr` (Latin, German umlauts and Hangul in one
 * font). Throws a `DealbriefError` with code `INTERNAL` when the package lacks them.
 */
export function resolveFonts(): FontPaths {
  return {
    regular: resolveFontFile('NotoSansKR-Regular.otf'),
    bold: resolveFontFile('NotoSansKR-Bold.otf'),
  };
}
