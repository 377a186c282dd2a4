const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether text is a UUID (any version), as ids in URLs and cursors must be. Safe for the browser bundle. */
export function isUuidText(value: string): boolean {
  return UUID.test(value);
}
