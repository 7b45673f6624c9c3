import type { Workbook } from 'exceljs';

/** One sheet's autofilter range, for its `_xlnm._FilterDatabase` name. */
export interface FilterRange {
  /** 0-based position of the sheet in the workbook. */
  sheetIndex: number;
  sheetName: string;
  /** The range in A1 form, e.g. `A1:I6`. */
  range: string;
}

interface DefinedNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

interface DefinedNamesWithModel {
  readonly model: DefinedNameModel[];
}

function toAbsolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/**
 * Adds a sheet-local `_xlnm._FilterDatabase` defined name for each autofilter, which LibreOffice needs
 * to restore the filter buttons (exceljs writes the `autoFilter` element but not the name). It extends
 * the names' model directly: `definedNames.add()` can only make one global name, and expands a range
 * into one entry per cell, which does not scale to large sheets.
 */
export function addFilterDatabaseNames(workbook: Workbook, filters: readonly FilterRange[]): void {
  const names = workbook.definedNames as unknown as DefinedNamesWithModel;
  const inherited = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), 'model')?.get;
  const extra: DefinedNameModel[] = filters.map((filter) => ({
    name: '_xlnm._FilterDatabase',
    localSheetId: filter.sheetIndex,
    ranges: [`'${filter.sheetName.replaceAll("'", "''")}'!${toAbsolute(filter.range)}`],
  }));
  Object.defineProperty(names, 'model', {
    configurable: true,
    get(): DefinedNameModel[] {
      const base = (inherited?.call(names) as DefinedNameModel[] | undefined) ?? [];
      return [...base, ...extra];
    },
  });
}
