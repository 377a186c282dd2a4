/**
 * Spreadsheet programs run a cell that starts with one of these as a formula
 * (OWASP "CSV injection"), including the full-width forms some of them
 * normalise; a patient's free-text note must never do that.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One value as a CSV cell's text, safe to open in a spreadsheet: null and
 * undefined become empty, booleans `true`/`false`, dates ISO 8601, arrays are
 * joined with `;`, and text starting with `=`, `+`, `-`, `@`, TAB or CR gets a
 * leading `'`. Numbers are left as they are: a number cannot carry a formula,
 * and prefixing `-3` would turn data into text. Quoting (commas, quotes, line
 * breaks) is the CSV writer's job, not this function's.
 */
export function csvSafe(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return neutralize(toText(value));
}

function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return value.map((item) => (item === null || item === undefined ? '' : toText(item))).join(';');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Prefixes text that a spreadsheet would run as a formula with a single quote. */
export function neutralize(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
