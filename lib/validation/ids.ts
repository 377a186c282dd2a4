/** A UUID of any version, in either case: the one pattern for ids in URLs, cursors, filters and the API document. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether text is a UUID. A malformed id is simply "not found", never a database error. Safe for the browser bundle. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
