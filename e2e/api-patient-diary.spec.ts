import { expect, test, type APIRequestContext } from '@playwright/test';
import { isoDay, PATIENT_SUITE_ACCOUNTS, recordedNights, signInAs } from './patient-support';

/** Everything the patient has saved, to prove a rejected request changed nothing. */
async function snapshot(request: APIRequestContext) {
  const entries = await request.get('/api/v1/diary-entries');
  const profile = await request.get('/api/v1/profile');
  return { entries: await entries.json(), profile: await profile.json() };
}

const TONIGHT = isoDay(0);
const VALID = { worst_pain: 3, side: 'left', episodes: 1, patterns: ['sudden_cramp'], relief: ['stretching'] };

test.describe('PUT /api/v1/diary-entries/{night}', () => {
  test.beforeEach(async ({ request }) => {
    await signInAs(request, PATIENT_SUITE_ACCOUNTS.apiDiary);
  });

  test('creates with 201, replaces with 200, and fills omitted fields with empty values', async ({ request }) => {
    // Before the first seeded night, within the 30 days allowed before the account existed: free.
    const [first] = (await recordedNights(request)).sort();
    const night = new Date(Date.parse(`${first}T00:00:00Z`) - 3 * 86_400_000).toISOString().slice(0, 10);
    const created = await request.put(`/api/v1/diary-entries/${night}`, { data: { worst_pain: 0, side: 'none' } });
    expect(created.status()).toBe(201);
    const body = await created.json();
    expect(body.flags).toEqual([]);
    expect(body.entry).toMatchObject({
      night_of: night,
      worst_pain: 0,
      side: 'none',
      woke_from_pain: false,
      episodes: 0,
      patterns: [],
      sleep_quality: null,
      hydration_glasses: null,
      notes: null,
    });
    expect(body.entry.id).toMatch(/^[0-9a-f-]{36}$/);

    const replaced = await request.put(`/api/v1/diary-entries/${TONIGHT}`, { data: VALID });
    expect([200, 201]).toContain(replaced.status());
    const again = await request.put(`/api/v1/diary-entries/${TONIGHT}`, { data: { ...VALID, night_of: TONIGHT } });
    expect(again.status()).toBe(200);
    expect((await again.json()).entry).toMatchObject({ night_of: TONIGHT, worst_pain: 3, relief: ['stretching'] });
  });

  test('answers the flags it raised with what the patient is told', async ({ request }) => {
    const response = await request.put(`/api/v1/diary-entries/${isoDay(-1)}`, {
      data: { worst_pain: 5, side: 'right', symptoms: ['calf_swelling', 'calf_redness'] },
    });
    expect([200, 201]).toContain(response.status());
    const { flags } = await response.json();
    const dvt = flags.find((flag: { rule_id: string }) => flag.rule_id === 'urgent-possible-dvt');
    expect(dvt).toEqual({
      id: expect.any(String),
      rule_id: 'urgent-possible-dvt',
      tier: 'urgent',
      status: 'open',
      message: expect.stringContaining('contact your doctor or an urgent care service today'),
    });
  });

  const INVALID: Array<{ rule: string; night?: string; data: unknown; field: string }> = [
    { rule: 'range: worst pain above 10', data: { ...VALID, worst_pain: 11 }, field: 'worst_pain' },
    { rule: 'range: negative episodes', data: { ...VALID, episodes: -1 }, field: 'episodes' },
    {
      rule: 'range: longest episode over 240',
      data: { ...VALID, longest_episode_minutes: 241 },
      field: 'longest_episode_minutes',
    },
    { rule: 'range: sleep quality 0', data: { ...VALID, sleep_quality: 0 }, field: 'sleep_quality' },
    { rule: 'range: 31 glasses', data: { ...VALID, hydration_glasses: 31 }, field: 'hydration_glasses' },
    { rule: 'type: a fraction of an episode', data: { ...VALID, episodes: 1.5 }, field: 'episodes' },
    { rule: 'type: worst pain as text', data: { ...VALID, worst_pain: '5' }, field: 'worst_pain' },
    { rule: 'enum: unknown side', data: { ...VALID, side: 'middle' }, field: 'side' },
    { rule: 'enum: unknown pattern', data: { ...VALID, patterns: ['charley_horse'] }, field: 'patterns' },
    { rule: 'enum: unknown symptom', data: { ...VALID, symptoms: ['headache'] }, field: 'symptoms' },
    { rule: 'length: notes over 2,000 characters', data: { ...VALID, notes: 'x'.repeat(2001) }, field: 'notes' },
    { rule: 'missing required: worst pain', data: { side: 'left' }, field: 'worst_pain' },
    { rule: 'missing required: side', data: { worst_pain: 2 }, field: 'side' },
    { rule: 'unknown field', data: { ...VALID, mood: 'grumpy' }, field: 'mood' },
    { rule: 'date in the future', night: isoDay(1), data: VALID, field: 'night_of' },
    { rule: 'impossible date', night: '2026-02-30', data: VALID, field: 'night_of' },
    { rule: 'malformed date', night: 'last-night', data: VALID, field: 'night_of' },
    { rule: 'before the account existed (minus 30 days)', night: '2001-01-01', data: VALID, field: 'night_of' },
    { rule: 'night_of differs from the path', data: { ...VALID, night_of: isoDay(-1) }, field: 'night_of' },
  ];

  for (const { rule, night = TONIGHT, data, field } of INVALID) {
    test(`422 for ${rule}, with a message for ${field}, and nothing changed`, async ({ request }) => {
      await request.put(`/api/v1/diary-entries/${TONIGHT}`, { data: VALID });
      const before = await snapshot(request);
      const response = await request.put(`/api/v1/diary-entries/${night}`, { data });
      expect(response.status()).toBe(422);
      const body = await response.json();
      expect(body.error).toEqual(expect.any(String));
      expect(body.fields[field]).toEqual(expect.any(String));
      expect(await snapshot(request)).toEqual(before);
    });
  }

  const MALFORMED: Array<{ rule: string; body: string }> = [
    { rule: 'malformed JSON', body: '{"worst_pain": 3, "side": ' },
    { rule: 'an empty body', body: '' },
    { rule: 'a JSON array', body: '[{"worst_pain": 3, "side": "left"}]' },
    { rule: 'a JSON string', body: '"worst_pain=3"' },
  ];
  for (const { rule, body } of MALFORMED) {
    test(`400 for ${rule}, and nothing changed`, async ({ request }) => {
      const before = await snapshot(request);
      const response = await request.put(`/api/v1/diary-entries/${TONIGHT}`, {
        data: Buffer.from(body),
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status()).toBe(400);
      expect(Object.keys(await response.json())).toEqual(['error']);
      expect(await snapshot(request)).toEqual(before);
    });
  }

  test('403 when changing a night older than 7 days, and nothing changed', async ({ request }) => {
    const { entries } = (await (await request.get(`/api/v1/diary-entries?to=${isoDay(-9)}`)).json()) as {
      entries: Array<{ night_of: string }>;
    };
    const old = entries[0]?.night_of;
    expect(old).toBeTruthy();
    const before = await snapshot(request);
    const response = await request.put(`/api/v1/diary-entries/${old}`, { data: VALID });
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toContain('more than 7 days ago');
    expect(await snapshot(request)).toEqual(before);
  });

  test('a retried submission with the same Idempotency-Key is answered again without saving twice', async ({
    request,
  }) => {
    const night = isoDay(-2);
    const key = `retry-${Date.now()}`;
    const first = await request.put(`/api/v1/diary-entries/${night}`, {
      data: { worst_pain: 6, side: 'both' },
      headers: { 'Idempotency-Key': key },
    });
    expect([200, 201]).toContain(first.status());
    const firstBody = await first.json();

    // A later, different edit (no key) must survive a late retry of the first request.
    const later = await request.put(`/api/v1/diary-entries/${night}`, { data: { worst_pain: 1, side: 'left' } });
    expect(later.status()).toBe(200);
    const before = await snapshot(request);

    const retry = await request.put(`/api/v1/diary-entries/${night}`, {
      data: { side: 'both', worst_pain: 6 },
      headers: { 'Idempotency-Key': key },
    });
    expect(retry.status()).toBe(first.status());
    expect(retry.headers()['idempotent-replayed']).toBe('true');
    expect(await retry.json()).toEqual(firstBody);
    expect(await snapshot(request)).toEqual(before);

    const reused = await request.put(`/api/v1/diary-entries/${night}`, {
      data: { worst_pain: 9, side: 'both' },
      headers: { 'Idempotency-Key': key },
    });
    expect(reused.status()).toBe(409);
    expect((await reused.json()).error).toContain('Idempotency-Key');
    expect(await snapshot(request)).toEqual(before);

    const badKey = await request.put(`/api/v1/diary-entries/${night}`, {
      data: { worst_pain: 9, side: 'both' },
      headers: { 'Idempotency-Key': 'x'.repeat(201) },
    });
    expect(badKey.status()).toBe(400);
    expect(await snapshot(request)).toEqual(before);
  });
});

test.describe('GET /api/v1/diary-entries', () => {
  test('lists only the patient’s own nights, newest first, within from/to', async ({ request }) => {
    await signInAs(request, PATIENT_SUITE_ACCOUNTS.apiDiary);
    const response = await request.get(`/api/v1/diary-entries?from=${isoDay(-10)}&to=${isoDay(-3)}`);
    expect(response.status()).toBe(200);
    const { entries } = (await response.json()) as { entries: Array<{ night_of: string }> };
    expect(entries.length).toBeGreaterThan(0);
    const nights = entries.map((entry) => entry.night_of);
    expect(nights).toEqual([...nights].sort().reverse());
    expect(nights.every((night) => night >= isoDay(-10) && night <= isoDay(-3))).toBe(true);

    const bad = await request.get('/api/v1/diary-entries?from=2026-13-01');
    expect(bad.status()).toBe(422);
    expect((await bad.json()).fields.from).toEqual(expect.any(String));
  });

  test('is refused to clinicians (403) and to anonymous callers (401)', async ({ request, playwright }) => {
    await signInAs(request, 'clinician@example.org');
    expect((await request.get('/api/v1/diary-entries')).status()).toBe(403);
    const anonymous = await playwright.request.newContext();
    expect((await anonymous.put(`/api/v1/diary-entries/${TONIGHT}`, { data: VALID })).status()).toBe(401);
    await anonymous.dispose();
  });
});
