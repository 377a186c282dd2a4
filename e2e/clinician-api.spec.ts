import { expect, test } from '@playwright/test';
import { seededIds, storageStateFor } from './support/accounts';

test.use({ storageState: storageStateFor('clinician') });

interface ApiPatient {
  id: string;
  name: string;
  email: string;
  highest_open_flag_tier: string | null;
}

test('GET /api/v1/patients pages the whole panel with next_cursor, each patient once', async ({ request }) => {
  const seen: ApiPatient[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${cursor}` : '';
    const response = await request.get(`/api/v1/patients?sort=-highest_flag&limit=7${query}`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { patients: ApiPatient[]; next_cursor: string | null };
    expect(body.patients.length).toBeLessThanOrEqual(7);
    seen.push(...body.patients);
    cursor = body.next_cursor;
  } while (cursor);
  expect(new Set(seen.map((p) => p.id)).size).toBe(seen.length);
  expect(seen.map((p) => p.email)).toContain('patient@example.org');
  expect(seen.map((p) => p.email)).not.toContain('patient2@example.org');
  expect(Object.keys(seen[0] ?? {})).toEqual(
    expect.arrayContaining([
      'id',
      'name',
      'email',
      'last_entry_night',
      'pain_nights_7d',
      'pain_nights_30d',
      'mean_worst_pain_7d',
      'trend',
      'highest_open_flag_tier',
      'entries_last_14_nights',
    ]),
  );
});

test('patient diary entries and flags answer in the contract shape', async ({ request }) => {
  const { patientId } = seededIds()['patient@example.org']!;
  const entries = await request.get(`/api/v1/patients/${patientId}/diary-entries?from=2000-01-01`);
  expect(entries.status()).toBe(200);
  const { entries: list } = (await entries.json()) as { entries: Record<string, unknown>[] };
  expect(list.length).toBeGreaterThan(20);
  expect(list[0]).toEqual(
    expect.objectContaining({ id: expect.any(String), night_of: expect.any(String), worst_pain: expect.any(Number) }),
  );

  const flags = await request.get(`/api/v1/patients/${patientId}/flags`);
  const { flags: flagList } = (await flags.json()) as { flags: Record<string, unknown>[] };
  for (const flag of flagList) {
    expect(Object.keys(flag)).toEqual(
      expect.arrayContaining([
        'id',
        'rule_id',
        'tier',
        'status',
        'reason',
        'evidence_nights',
        'first_seen_at',
        'last_seen_at',
        'rules_version',
      ]),
    );
  }
});

test('acknowledge then resolve through the API: 200, 409, 422 without a note, 200, 409', async ({ request }) => {
  let target: { id: string } | undefined;
  for (let n = 21; n <= 43 && !target; n += 2) {
    const { patients } = (await (await request.get(`/api/v1/patients?query=patient0${n}@`)).json()) as {
      patients: ApiPatient[];
    };
    if (!patients[0]) continue;
    const { flags } = (await (await request.get(`/api/v1/patients/${patients[0].id}/flags?status=open`)).json()) as {
      flags: { id: string; tier: string }[];
    };
    target = flags.find((flag) => flag.tier !== 'emergency');
  }
  if (!target) throw new Error('no open flag on a quiet demo patient');

  const acknowledged = await request.post(`/api/v1/flags/${target.id}/acknowledge`);
  expect(acknowledged.status()).toBe(200);
  expect(((await acknowledged.json()) as { flag: { status: string } }).flag.status).toBe('acknowledged');
  expect((await request.post(`/api/v1/flags/${target.id}/acknowledge`)).status()).toBe(409);

  const noNote = await request.post(`/api/v1/flags/${target.id}/resolve`, { data: { note: '  ' } });
  expect(noNote.status()).toBe(422);
  expect(await noNote.json()).toEqual({ error: expect.any(String), fields: { note: expect.any(String) } });

  const resolved = await request.post(`/api/v1/flags/${target.id}/resolve`, { data: { note: 'Reviewed by phone.' } });
  expect(resolved.status()).toBe(200);
  expect(await resolved.json()).toEqual({
    flag: expect.objectContaining({
      status: 'resolved',
      resolution_note: 'Reviewed by phone.',
      resolved_by: 'Dr Helen Okoye',
    }),
  });
  expect((await request.post(`/api/v1/flags/${target.id}/resolve`, { data: { note: 'again' } })).status()).toBe(409);
});
