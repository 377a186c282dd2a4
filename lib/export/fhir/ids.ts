import { createHash } from 'node:crypto';

/**
 * A name-based UUID (version 5 layout, SHA-1) for resources that have no row
 * of their own, such as the pain Observation of an entry. The same parts give
 * the same id, so exporting twice yields the same bundle.
 */
export function derivedUuid(...parts: string[]): string {
  const bytes = createHash('sha1').update(parts.join('|')).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A bundle-local reference to a resource with this id. */
export function urnFor(id: string): string {
  return `urn:uuid:${id}`;
}
