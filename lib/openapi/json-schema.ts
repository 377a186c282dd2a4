import { z } from 'zod';
import { UUID_PATTERN } from '../validation/ids';

export type JsonSchema = Record<string, unknown>;

const COMPONENT_URI = (id: string) => `#/components/schemas/${id}`;
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/.source;
// lib/validation/ids.ts matches ids case-insensitively, which a JSON Schema pattern cannot say.
const UUID_SOURCE = UUID_PATTERN.source;

/**
 * Touches up zod's JSON Schema: `YYYY-MM-DD` dates get the standard `date`
 * format; ids and timestamps keep only their format (any UUID, in either
 * case; an RFC 3339 date-time), not zod's long regular expressions.
 */
function touchUp(ctx: { jsonSchema: JsonSchema }): void {
  const schema = ctx.jsonSchema;
  if (schema.pattern === ISO_DATE_PATTERN) schema.format = 'date';
  if (schema.pattern === UUID_SOURCE) schema.format = 'uuid';
  if (schema.format === 'uuid' || schema.format === 'date-time') delete schema.pattern;
}

/** OpenAPI schemas carry no `$schema`/`$id` of their own: the document's dialect applies. */
function stripMeta(schema: object): JsonSchema {
  const rest: JsonSchema = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}

/**
 * Converts named zod schemas to OpenAPI components with zod's own
 * `z.toJSONSchema`, so the document cannot drift from what is validated.
 * Requests are described as accepted (`io: 'input'`: fields with defaults are
 * optional), responses as sent.
 */
export function toComponents(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: converted } = z.toJSONSchema(registry, {
    io,
    uri: COMPONENT_URI,
    unrepresentable: 'any',
    override: touchUp,
  });
  return Object.fromEntries(Object.entries(converted).map(([id, schema]) => [id, stripMeta(schema)]));
}

/** One zod schema as an inline JSON Schema, as accepted. */
export function toSchema(schema: z.ZodType): JsonSchema {
  return stripMeta(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override: touchUp }));
}

/**
 * The query parameters of a handler that validates its query with a zod
 * object: one parameter per field, in the schema's order. `descriptions`
 * must name every field, so a new parameter cannot go undocumented.
 */
export function queryParameters<S extends z.ZodObject>(
  schema: S,
  descriptions: Record<keyof S['shape'] & string, string>,
): JsonSchema[] {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: 'query',
    required: !(field as z.ZodType).safeParse(undefined).success,
    description: descriptions[name as keyof S['shape'] & string],
    schema: toSchema(field as z.ZodType),
  }));
}
