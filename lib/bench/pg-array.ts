/**
 * A PostgreSQL array literal (`{"a","b",NULL}`) for a column of values, so a
 * bulk insert can send one parameter per column and `unnest` it on the
 * server. Every element is quoted, which is valid for any element type, and
 * backslashes and quotes are escaped; null is the unquoted NULL.
 */
export function pgArrayLiteral(values: ReadonlyArray<string | number | boolean | null>): string {
  const elements = values.map((value) => {
    if (value === null) return 'NULL';
    const text = typeof value === 'boolean' ? (value ? 't' : 'f') : String(value);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${elements.join(',')}}`;
}
