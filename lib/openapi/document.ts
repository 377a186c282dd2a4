import { z } from 'zod';
import { buildPaths } from './paths';
import { PARAMETER_SCHEMAS, REQUEST_SCHEMAS, RESPONSE_SCHEMAS } from './schemas';

type JsonSchema = Record<string, unknown>;

const COMPONENT_URI = (id: string) => `#/components/schemas/${id}`;
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/.source;

/** Dates validated as `YYYY-MM-DD` are also marked with the standard `date` format. */
function markDates(ctx: { jsonSchema: JsonSchema }): void {
  if (ctx.jsonSchema.pattern === ISO_DATE_PATTERN) ctx.jsonSchema.format = 'date';
}

/**
 * Converts named zod schemas to OpenAPI components with zod's own
 * `z.toJSONSchema`, so the document cannot drift from what is validated.
 * Requests are described as accepted (`io: 'input'`: fields with defaults are
 * optional), responses as sent.
 */
function toComponents(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: converted } = z.toJSONSchema(registry, {
    io,
    uri: COMPONENT_URI,
    unrepresentable: 'any',
    override: markDates,
  });
  return Object.fromEntries(Object.entries(converted).map(([id, schema]) => [id, stripMeta(schema)]));
}

function toSchema(schema: z.ZodType): JsonSchema {
  return stripMeta(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override: markDates }));
}

/** OpenAPI components carry no `$schema`/`$id` of their own: the document's dialect applies. */
function stripMeta(schema: object): JsonSchema {
  const rest: JsonSchema = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}

/** The OpenAPI 3.1 document served at /api/v1/openapi.json. */
export function buildOpenApiDocument(): JsonSchema {
  const night = toSchema(PARAMETER_SCHEMAS.night);
  const date = toSchema(PARAMETER_SCHEMAS.nightRange.shape.from);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Calfwatch API',
      version: '1',
      description:
        'JSON API of Calfwatch, a nightly calf-pain diary with warning-sign triage. Sign in with Auth.js ' +
        '(`GET /api/auth/csrf`, then `POST /api/auth/callback/credentials`) and send the session cookie. ' +
        'Errors are `{ "error": … }`; invalid fields answer 422 with `fields` (one message per field code).',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ session: [] }],
    paths: buildPaths({ night, date }),
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'authjs.session-token',
          description: 'The Auth.js session cookie (`__Secure-authjs.session-token` over HTTPS).',
        },
      },
      schemas: { ...toComponents(REQUEST_SCHEMAS, 'input'), ...toComponents(RESPONSE_SCHEMAS, 'output') },
    },
  };
}
