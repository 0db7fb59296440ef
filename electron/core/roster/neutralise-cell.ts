/**
 * A spreadsheet runs a cell that begins with one of these as a formula (`=HYPERLINK(…)` in a name
 * typed by a parent): such a cell is written with a leading apostrophe, which shows it as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
