/**
 * What makes a spreadsheet read a text cell as a formula (or a DDE command): `=`, `+`, `-` or `@` first,
 * also after leading whitespace or quote marks (some clients trim them on import), or a leading tab or
 * carriage return (OWASP CSV injection).
 */
const FORMULA_TRIGGER = /^(?:[\t\r]|[\s"'“”‘’\u00a0\u3000\ufeff]*[=+\-@])/u;

/**
 * Neutralises a text cell against formula injection: text that begins with `=`, `+`, `-`, `@` (also
 * after leading spaces or quotes), tab or carriage return gets a leading single quote `'`, so
 * spreadsheets show it as text. Other text is returned unchanged. Use it for text cells only; numbers
 * stay numbers.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}
