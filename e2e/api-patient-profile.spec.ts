import { expect, test, type APIRequestContext } from '@playwright/test';
import { isoDay, PATIENT_SUITE_ACCOUNTS, signInAs } from './patient-support';

async function profileOf(request: APIRequestContext) {
  const response = await request.get('/api/v1/profile');
  expect(response.status()).toBe(200);
  return response.json();
}

test.describe('/api/v1/profile', () => {
  test.beforeEach(async ({ request }) => {
    await signInAs(request, PATIENT_SUITE_ACCOUNTS.apiProfile);
  });

  test('PUT changes only the given fields; null clears a date', async ({ request }) => {
    const before = await profileOf(request);
    const dueDate = isoDay(120);
    const response = await request.put('/api/v1/profile', {
      data: { medicines: ['statin', 'statin'], pregnancy_due_date: dueDate },
    });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      ...before,
      medicines: ['statin'],
      pregnancy_due_date: dueDate,
      flags: expect.any(Array),
    });
    const cleared = await request.put('/api/v1/profile', { data: { pregnancy_due_date: null } });
    expect((await cleared.json()).pregnancy_due_date).toBeNull();
    expect(await profileOf(request)).toEqual({ ...before, medicines: ['statin'], pregnancy_due_date: null });
  });

  const INVALID: Array<{ rule: string; data: unknown; field: string }> = [
    { rule: 'an unknown condition', data: { conditions: ['gout'] }, field: 'conditions' },
    { rule: 'an unknown medicine', data: { medicines: ['aspirin'] }, field: 'medicines' },
    { rule: 'an unknown sex', data: { sex: 'x' }, field: 'sex' },
    { rule: 'a birth date in the future', data: { date_of_birth: isoDay(3) }, field: 'date_of_birth' },
    { rule: 'an impossible birth date', data: { date_of_birth: '1990-02-31' }, field: 'date_of_birth' },
    { rule: 'a due date too far away', data: { pregnancy_due_date: isoDay(400) }, field: 'pregnancy_due_date' },
    { rule: 'conditions that are not a list', data: { conditions: 'diabetes' }, field: 'conditions' },
    { rule: 'an unknown field', data: { blood_group: 'O' }, field: 'blood_group' },
  ];
  for (const { rule, data, field } of INVALID) {
    test(`422 for ${rule}, and the profile unchanged`, async ({ request }) => {
      const before = await profileOf(request);
      const response = await request.put('/api/v1/profile', { data });
      expect(response.status()).toBe(422);
      expect((await response.json()).fields[field]).toEqual(expect.any(String));
      expect(await profileOf(request)).toEqual(before);
    });
  }

  test('400 for malformed JSON, and the profile unchanged', async ({ request }) => {
    const before = await profileOf(request);
    const response = await request.put('/api/v1/profile', {
      data: Buffer.from('{"conditions": ['),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status()).toBe(400);
    expect(await profileOf(request)).toEqual(before);
  });
});

test('/api/v1/openapi.json documents every JSON API endpoint from the shared schemas', async ({ request }) => {
  const response = await request.get('/api/v1/openapi.json');
  expect(response.status()).toBe(200);
  const doc = await response.json();
  expect(doc.openapi).toBe('3.1.0');
  // Every path of the JSON API (docs/contract.md); that the document lists exactly the
  // implemented routes is lib/openapi/routes.test.ts's job.
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      '/admin/audit',
      '/admin/care-team/{clinicianUserId}/{patientId}',
      '/admin/users',
      '/diary-entries',
      '/diary-entries/{night}',
      '/flags/{id}/acknowledge',
      '/flags/{id}/resolve',
      '/health',
      '/openapi.json',
      '/patients',
      '/patients/{id}/diary-entries',
      '/patients/{id}/flags',
      '/profile',
    ]),
  );
  const put = doc.components.schemas.DiaryEntryPut;
  expect(put.required).toEqual(['worst_pain', 'side']);
  expect(put.properties.side.enum).toEqual(['left', 'right', 'both', 'none']);
  expect(put.properties.notes.anyOf[0].maxLength).toBe(2000);
  expect(doc.paths['/diary-entries/{night}'].put.responses['201'].content['application/json'].schema.$ref).toBe(
    '#/components/schemas/SavedDiaryEntry',
  );
});
