import { z } from 'zod';
import { parseOrThrow } from './issues';

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** The first value of each parameter; empty values count as absent (forms submit empty fields). */
export function paramsToObject(params: RawParams): Record<string, string> {
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((key) => [key, params.get(key)] as const)
      : Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const);
  const result: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (typeof value === 'string' && value.trim() !== '') result[key] = value;
  }
  return result;
}

/** For the API: every parameter must be valid, else a 422 naming each bad one. */
export function parseQueryStrict<S extends z.ZodObject>(schema: S, params: RawParams): z.output<S> {
  return parseOrThrow(schema, paramsToObject(params), 'Some query parameters are not valid.');
}

/**
 * For pages: a malformed parameter falls back to its default (the field's
 * `.default()`, else it is dropped) instead of breaking the page; the valid
 * ones still apply.
 */
export function parseQueryLenient<S extends z.ZodObject>(schema: S, params: RawParams): z.output<S> {
  const raw = paramsToObject(params);
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    let parsed = (field as z.ZodType).safeParse(raw[key]);
    if (!parsed.success) parsed = (field as z.ZodType).safeParse(undefined);
    if (parsed.success && parsed.data !== undefined) result[key] = parsed.data;
  }
  return result as z.output<S>;
}

/**
 * A query parameter checked by `schema` that, whatever step fails, reports
 * one message naming what the parameter accepts (the API's 422 `fields`).
 */
export function queryParam<T>(schema: z.ZodType<T>, message: string) {
  return z.string().transform((value, context): T => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    context.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
}

/** A whole number from 1, in at most six digits: page numbers, page sizes, limits. */
export const positiveIntParam = z
  .string()
  .regex(/^\d{1,6}$/)
  .transform(Number)
  .pipe(z.number().min(1));

/** What a page receives as `searchParams` (awaited). */
export type SearchParams = Record<string, string | string[] | undefined>;
