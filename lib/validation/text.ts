import { z } from 'zod';

/**
 * Text the database cannot store as written: PostgreSQL refuses a NUL
 * character in `text` and `jsonb`, and a lone UTF-16 surrogate has no UTF-8
 * form (the driver would silently turn it into U+FFFD). Such input is refused
 * with 422 naming the field, never passed on to fail as a 500.
 */
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE =
  'This text contains a character that cannot be stored (a NUL character or an unpaired surrogate).';

/** True when the text holds no NUL character and no unpaired surrogate. */
export function isStorableText(value: string): boolean {
  return !UNSAFE_TEXT.test(value);
}

/** A string that can be stored as written; chain `.trim()`, `.max()` etc. after it. */
export function storableText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(isStorableText, { error: UNSAFE_TEXT_MESSAGE });
}

/**
 * The path (`notes`, `conditions.2`, or a key itself) of the first string in a
 * JSON value, key or value, that cannot be stored; null when there is none.
 */
export function findUnstorableText(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path.join('.') || '_';
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) return [...path, key].join('.') || '_';
      const found = findUnstorableText(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
