export { neutraliseFormula } from './neutralise-formula.js';
export { CSV_FILES, type CsvOptions, writeCsv } from './write-csv.js';
