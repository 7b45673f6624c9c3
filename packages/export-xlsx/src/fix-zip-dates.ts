import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';

type WorkbookWriterClass = typeof ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * exceljs's streaming workbook writer, loaded alone. The package's entry also loads the workbook model
 * and both readers (unzip, XML parsers): four times the writer's load time, about 0.3 s of a cold run on
 * the export thread. Falls back to the entry should the file move in a later exceljs.
 */
function loadWorkbookWriter(): WorkbookWriterClass {
  const require = createRequire(import.meta.url);
  try {
    return require('exceljs/lib/stream/xlsx/workbook-writer.js') as WorkbookWriterClass;
  } catch {
    return (require('exceljs') as typeof ExcelJS).stream.xlsx.WorkbookWriter;
  }
}

const WorkbookWriter = loadWorkbookWriter();

interface ZipEntryData {
  name: string;
  date?: Date | string;
}

interface ArchiverLike {
  append(source: unknown, data: ZipEntryData): unknown;
}

const FIXED = Symbol('dealbrief.fixedZipDate');

/**
 * Makes every zip entry a workbook writer adds from now on carry `date` instead of the current time.
 * It wraps the archiver instance exceljs's `WorkbookWriter` keeps in its `zip` property (zip dates are
 * written in UTC, so the bytes do not depend on the time zone). Does nothing if that property is
 * missing (a future exceljs) or already wrapped.
 */
export function fixZipDates(writer: object, date: Date): void {
  const zip = (writer as { zip?: ArchiverLike & { [FIXED]?: true } }).zip;
  if (zip === undefined || typeof zip.append !== 'function' || zip[FIXED]) return;
  const append = zip.append.bind(zip);
  zip.append = (source, data) => append(source, { ...data, date });
  zip[FIXED] = true;
}

/**
 * Creates a streaming exceljs `WorkbookWriter` (styles on, inline strings) that writes to `stream` and
 * stamps every zip entry with `date`. The writer adds its first entries from its constructor, in
 * `addThemes()`, so the zip is wrapped there, before anything is queued.
 */
export function createWorkbookWriter(stream: Writable, date: Date): ExcelJS.stream.xlsx.WorkbookWriter {
  class FixedDateWorkbookWriter extends WorkbookWriter {
    override addThemes(): Promise<void> {
      fixZipDates(this, date);
      return super.addThemes();
    }
  }
  return new FixedDateWorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
}
