/** Characters that make a spreadsheet read a text cell as a formula (or a DDE command). */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * Neutralises a text cell against formula injection: text that begins with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading single quote `'`, so spreadsheets show it as text. Other text is
 * returned unchanged. Use it for text cells only; numbers stay numbers.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}
