export { neutraliseFormula } from './neutralise-formula.js';
export { SHEET_NAMES, writeXlsx } from './write-xlsx.js';
