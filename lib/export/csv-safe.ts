import { stringify } from 'csv-stringify/sync';

/**
 * First characters that make a spreadsheet run a cell as a formula (OWASP
 * "CSV injection"), including the full-width forms some spreadsheets normalise.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Prefixes text that a spreadsheet would run as a formula with a single quote, so it stays text. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One value as a CSV cell's text, safe to open in a spreadsheet: null and
 * undefined become empty, booleans `true`/`false`, dates ISO 8601, arrays are
 * joined with `;`, other objects JSON, and text that would run as a formula
 * gets a leading `'`. Numbers are left as they are: a number cannot carry a
 * formula, and prefixing `-3` would turn data into text. Quoting (commas,
 * quotes, line breaks) is the CSV writer's job.
 */
export function csvSafe(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint') return String(value);
  return escapeFormula(toText(value));
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

/**
 * RFC 4180 text for some records (CRLF line ends, fields quoted when they
 * hold a comma, quote or line break), every cell formula-safe. Streams call it
 * once per batch, asking for the header only with the first.
 */
export function toCsv(rows: readonly (readonly unknown[])[], options: { header?: readonly string[] } = {}): string {
  const records = rows.map((row) => row.map(csvSafe));
  if (options.header) records.unshift(options.header.map(escapeFormula));
  // Quote any line break, not only CRLF: a bare \n in an unquoted field would split the record.
  return stringify(records, { record_delimiter: 'windows', quote_record_delimiter: true });
}

/** UTF-8 byte order mark, so spreadsheet programs read accented names correctly. */
export const CSV_BOM = '\uFEFF';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
