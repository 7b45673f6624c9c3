export { neutraliseFormula } from '@dealbrief/core';
export { CSV_FILES, type CsvOptions, writeCsv } from './write-csv.js';
