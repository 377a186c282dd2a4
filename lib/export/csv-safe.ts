import { stringify } from 'csv-stringify/sync';

/** What a CSV cell may hold; arrays become `a; b; c`, dates ISO 8601, null an empty cell. */
export type CsvValue = string | number | boolean | Date | null | undefined | readonly (string | number)[];

/**
 * First characters that make a spreadsheet treat a cell as a formula (OWASP
 * "CSV injection"), including the full-width forms some spreadsheets normalise.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** Prefixes text that a spreadsheet would run as a formula with a single quote, so it stays text. */
export function escapeFormula(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/**
 * One cell's text. Only text is escaped: a number written by us (even a
 * negative one) is data, not a formula.
 */
export function toCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escapeFormula(value.join('; '));
  return escapeFormula(value as string);
}

/**
 * RFC 4180 text for some records (CRLF line ends, fields quoted when they
 * hold a comma, quote or line break), every cell formula-safe. Streams call it
 * once per batch, asking for the header only with the first.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: { header?: readonly string[] } = {}): string {
  const records = rows.map((row) => row.map(toCsvCell));
  if (options.header) records.unshift(options.header.map((label) => escapeFormula(label)));
  // Quote any line break, not only CRLF: a bare \n in an unquoted field would split the record.
  return stringify(records, { record_delimiter: 'windows', quote_record_delimiter: true });
}

/** UTF-8 byte order mark, so spreadsheet programs read accented names correctly. */
export const CSV_BOM = '\uFEFF';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
