export { neutraliseFormula } from '@dealbrief/core';
export { SHEET_NAMES, writeXlsx } from './write-xlsx.js';
