import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newAccountSchema, userListQuerySchema } from '../validation/accounts';
import { diaryPutBodySchema } from '../validation/diary';
import { buildOpenApiDocument } from './document';

type Json = Record<string, unknown>;
const doc = buildOpenApiDocument() as {
  openapi: string;
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json> };
};

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      key === '$ref' && typeof item === 'string' ? [item] : refsIn(item),
    );
  }
  return [];
}

describe('the OpenAPI document', () => {
  // routes.test.ts checks the paths against the route files; this checks them against the contract.
  it('is OpenAPI 3.1 and covers every endpoint of the JSON API (docs/contract.md)', () => {
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => ['get', 'put', 'post', 'delete'].includes(key))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'GET /health',
        'GET /diary-entries',
        'PUT /diary-entries/{night}',
        'GET /patients',
        'GET /patients/{id}/diary-entries',
        'GET /patients/{id}/flags',
        'POST /flags/{id}/acknowledge',
        'POST /flags/{id}/resolve',
        'GET /profile',
        'PUT /profile',
        'GET /admin/users',
        'POST /admin/users',
        'PUT /admin/care-team/{clinicianUserId}/{patientId}',
        'DELETE /admin/care-team/{clinicianUserId}/{patientId}',
        'GET /admin/audit',
      ]),
    );
  });

  it('generates the diary body from the very schema the API validates with', () => {
    const generated = z.toJSONSchema(diaryPutBodySchema, { io: 'input', unrepresentable: 'any' }) as Json;
    const component = doc.components.schemas.DiaryEntryPut as Json;
    expect(component.properties).toEqual(
      expect.objectContaining({ worst_pain: (generated.properties as Json).worst_pain }),
    );
    expect(component.required).toEqual(['worst_pain', 'side']);
    expect(component.additionalProperties).toBe(false);
    expect((component.properties as Json).night_of).toMatchObject({ type: 'string', format: 'date' });
  });

  it('has no dangling references and no per-schema dialect markers', () => {
    for (const ref of refsIn(doc)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split('/').pop() ?? '']).toBeDefined();
    }
    for (const schema of Object.values(doc.components.schemas)) {
      expect(schema).not.toHaveProperty('$schema');
      expect(schema).not.toHaveProperty('$id');
    }
  });

  it('documents the error statuses of a diary submission', () => {
    const put = doc.paths['/diary-entries/{night}']?.put as { responses: Json };
    expect(Object.keys(put.responses).sort()).toEqual(['200', '201', '400', '401', '403', '409', '422']);
  });

  it('documents the admin bodies and queries from the schemas the handlers validate with', () => {
    const generated = z.toJSONSchema(newAccountSchema, { io: 'input' }) as Json;
    expect((doc.components.schemas.NewUser as Json).properties).toEqual(generated.properties);
    expect((doc.components.schemas.NewUser as Json).additionalProperties).toBe(false);
    const list = doc.paths['/admin/users']?.get as { parameters: { name: string; schema: Json }[] };
    expect(list.parameters.map((parameter) => parameter.name)).toEqual(Object.keys(userListQuerySchema.shape));
    expect(list.parameters.find((parameter) => parameter.name === 'status')?.schema.enum).toEqual([
      'active',
      'inactive',
    ]);
    const audit = doc.paths['/admin/audit']?.get as { parameters: { name: string; schema: Json }[] };
    expect(audit.parameters.find((parameter) => parameter.name === 'patientId')?.schema).toEqual({
      type: 'string',
      format: 'uuid',
    });
  });

  it('documents the wrapped flag of a flag action and the body of a care-team change', () => {
    const acknowledge = doc.paths['/flags/{id}/acknowledge']?.post as { responses: Record<string, Json> };
    expect(JSON.stringify(acknowledge.responses['200'])).toContain('#/components/schemas/FlagActionResult');
    expect((doc.components.schemas.FlagActionResult as Json).required).toEqual(['flag']);
    const put = doc.paths['/admin/care-team/{clinicianUserId}/{patientId}']?.put as { responses: Json };
    expect(Object.keys(put.responses).sort()).toEqual(['200', '401', '403', '404']);
    expect((doc.components.schemas.CareTeamAssignment as Json).required).toEqual([
      'clinician_user_id',
      'patient_id',
      'assigned',
      'changed',
    ]);
  });
});
