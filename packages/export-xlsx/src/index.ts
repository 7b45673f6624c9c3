export { neutraliseFormula } from '@dealbrief/core';
export { SHEET_NAMES } from './sheet-names.js';
export { writeXlsx } from './write-xlsx.js';
