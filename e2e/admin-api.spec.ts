import { expect, test } from '@playwright/test';
import { seededIds } from './support/accounts';
import { apiAs, NEW_PASSWORD, uniqueEmail } from './admin-helpers';

test('the admin API creates, lists, deactivates, resets and assigns, with contract errors', async ({ baseURL }) => {
  const admin = await apiAs('admin', baseURL);
  const email = uniqueEmail('api');

  const created = await admin.post('/api/v1/admin/users', {
    data: { email: email.toUpperCase(), name: 'Api Patient', role: 'patient', password: NEW_PASSWORD },
  });
  expect(created.status()).toBe(201);
  const { id, patient_id } = (await created.json()) as { id: string; patient_id: string };
  expect(patient_id).toMatch(/^[0-9a-f-]{36}$/);

  const again = await admin.post('/api/v1/admin/users', {
    data: { email, name: 'Again', role: 'patient', password: NEW_PASSWORD },
  });
  expect(again.status()).toBe(409);
  expect(await again.json()).toEqual({ error: 'An account with this email address already exists.' });

  const invalid = await admin.post('/api/v1/admin/users', {
    data: { email: 'nope', name: 'X', role: 'wizard', password: 'qwertyuiop12' },
  });
  expect(invalid.status()).toBe(422);
  expect(Object.keys(((await invalid.json()) as { fields: object }).fields).sort()).toEqual([
    'email',
    'password',
    'role',
  ]);
  const malformed = await admin.post('/api/v1/admin/users', {
    data: Buffer.from('{"email":'),
    headers: { 'content-type': 'application/json' },
  });
  expect(malformed.status()).toBe(400);

  const listed = await admin.get(`/api/v1/admin/users?query=${encodeURIComponent(email)}`);
  expect(await listed.json()).toEqual({
    users: [{ id, email, name: 'Api Patient', role: 'patient', active: true, patient_id }],
    next_cursor: null,
  });

  const deactivated = await admin.post(`/api/v1/admin/users/${id}/deactivate`);
  expect(await deactivated.json()).toMatchObject({ user: { id, active: false } });
  const reactivated = await admin.post(`/api/v1/admin/users/${id}/reactivate`);
  expect(await reactivated.json()).toMatchObject({ user: { id, active: true } });
  const reset = await admin.post(`/api/v1/admin/users/${id}/password`, { data: { password: 'short' } });
  expect(reset.status()).toBe(422);
  expect(
    (await admin.post(`/api/v1/admin/users/${id}/password`, { data: { password: 'granite owl hums twice' } })).status(),
  ).toBe(200);

  const clinicianId = seededIds()['clinician2@example.org']!.userId;
  const path = `/api/v1/admin/care-team/${clinicianId}/${patient_id}`;
  expect(await (await admin.put(path)).json()).toEqual({
    clinician_user_id: clinicianId,
    patient_id,
    assigned: true,
    changed: true,
  });
  expect(await (await admin.put(path)).json()).toMatchObject({ assigned: true, changed: false });
  expect(await (await admin.delete(path)).json()).toMatchObject({ assigned: false, changed: true });
  expect(await (await admin.delete(path)).json()).toMatchObject({ assigned: false, changed: false });
  expect((await admin.put(`/api/v1/admin/care-team/${id}/${patient_id}`)).status()).toBe(404);

  const audit = await admin.get(`/api/v1/admin/audit?patientId=${patient_id}`);
  const { events } = (await audit.json()) as { events: { action: string }[] };
  expect(events.map((event) => event.action)).toEqual([
    'care_team.unassign',
    'care_team.assign',
    'user.password_reset',
    'user.reactivate',
    'user.deactivate',
    'user.create',
  ]);
  const paged = (await (await admin.get(`/api/v1/admin/audit?patientId=${patient_id}&cursor=0`)).json()) as {
    events: unknown[];
  };
  expect(paged.events).toEqual([]);

  const stats = (await (await admin.get('/api/v1/admin/rule-stats')).json()) as { period: string; rules: unknown[] };
  expect(stats.period).toBe('all');
  expect(stats.rules).toHaveLength(21);
  await admin.dispose();
});
