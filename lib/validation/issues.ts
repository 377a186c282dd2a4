import type { z } from 'zod';
import { ValidationError } from '../errors';

/** Flattens zod issues to one message per field code (the first issue wins). */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_';
    if (issue.code === 'unrecognized_keys') {
      for (const unknownKey of issue.keys) fields[unknownKey] ??= 'This field is not part of the form.';
      continue;
    }
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Parses with a schema or throws a ValidationError carrying per-field messages. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  message = 'Some fields need attention.',
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(message, fieldMessages(result.error));
}
