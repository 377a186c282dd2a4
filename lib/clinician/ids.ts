const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether text is a UUID. The same test as the care-team gate's, kept here
 * because this module is also bundled for the browser, where lib/dal may not go.
 */
export function isUuidText(value: string): boolean {
  return UUID.test(value);
}
