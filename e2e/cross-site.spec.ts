import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { DEMO_PASSWORD, PERSONAS, storageStateFor } from './support/accounts';
import { signInViaApi } from './support/sign-in';

// Issue 11, "cross-site writes": a page on another site could save a diary night or resolve a flag
// with a `text/plain` request, which a browser sends without asking first. Every state-changing
// request from another site is now refused with 403, and one whose body is not JSON with 415
// (lib/api/cross-site.ts; README "Security").

const EVIL = 'https://evil.example';
/** This site's own origin, as its pages send it. */
const own = () => test.info().project.use.baseURL!;
const FOREIGN = { origin: EVIL, 'sec-fetch-site': 'cross-site' };
const TEXT = { 'content-type': 'text/plain;charset=UTF-8' };

async function expectRefused(response: APIResponse, status: 403 | 415) {
  expect(response.status()).toBe(status);
  expect(Object.keys(await response.json())).toEqual(['error']);
  expect(response.headers()['cache-control']).toContain('no-store');
}

function isoDay(offsetDays: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test.describe('as the patient', () => {
  test.use({ storageState: storageStateFor('patient') });

  const diary = async (request: APIRequestContext) => (await request.get('/api/v1/diary-entries')).json();
  const night = isoDay(-1);
  const forged = JSON.stringify({ worst_pain: 9, side: 'both', symptoms: ['chest_pain'], notes: 'forged' });

  test('a text/plain PUT of a diary night from another site gets 403 and saves nothing', async ({ request }) => {
    const before = await diary(request);
    await expectRefused(
      await request.put(`/api/v1/diary-entries/${night}`, { data: forged, headers: { ...FOREIGN, ...TEXT } }),
      403,
    );
    // Only the Origin, with no Sec-Fetch-Site: still refused.
    await expectRefused(
      await request.put(`/api/v1/diary-entries/${night}`, { data: forged, headers: { origin: EVIL, ...TEXT } }),
      403,
    );
    expect(await diary(request)).toEqual(before);
  });

  test('JSON from another site gets 403 too, and saves nothing', async ({ request }) => {
    const before = await diary(request);
    const response = await request.put(`/api/v1/diary-entries/${night}`, {
      data: forged,
      headers: { ...FOREIGN, 'content-type': 'application/json' },
    });
    await expectRefused(response, 403);
    expect(await diary(request)).toEqual(before);
  });

  test('a text/plain or form body from this site gets 415, and saves nothing', async ({ request }) => {
    const before = await diary(request);
    await expectRefused(
      await request.put(`/api/v1/diary-entries/${night}`, { data: forged, headers: { origin: own(), ...TEXT } }),
      415,
    );
    await expectRefused(await request.put('/api/v1/profile', { form: { conditions: 'diabetes' } }), 415);
    expect(await diary(request)).toEqual(before);
  });

  test('JSON from this site’s own pages, or from a script without Origin, goes through', async ({ request }) => {
    const profile = await (await request.get('/api/v1/profile')).json();
    const fromPage: Record<string, string> = { origin: own(), 'sec-fetch-site': 'same-origin' };
    for (const headers of [fromPage, {}]) {
      const response = await request.put('/api/v1/profile', { data: { conditions: profile.conditions }, headers });
      expect(response.status()).toBe(200);
      expect(response.headers()['cache-control']).toContain('no-store');
    }
  });
});

test.describe('as the clinician', () => {
  test.use({ storageState: storageStateFor('clinician') });

  test('resolving a flag from another site gets 403 and the flag stays as it was', async ({ request }) => {
    type Flag = { id: string; status: string };
    const flagsOf = async (patientId: string) =>
      ((await (await request.get(`/api/v1/patients/${patientId}/flags`)).json()) as { flags: Flag[] }).flags;
    // The most severely flagged patient of the panel comes first.
    const { patients } = (await (await request.get('/api/v1/patients')).json()) as { patients: Array<{ id: string }> };
    let patientId = '';
    let before: Flag[] = [];
    for (const patient of patients) {
      before = await flagsOf(patient.id);
      patientId = patient.id;
      if (before.some((flag) => flag.status !== 'resolved')) break;
    }
    const live = before.find((flag) => flag.status !== 'resolved');
    expect(live, 'a patient of the panel has a flag that is not resolved').toBeTruthy();

    const note = JSON.stringify({ note: 'forged' });
    await expectRefused(
      await request.post(`/api/v1/flags/${live!.id}/resolve`, { data: note, headers: { ...FOREIGN, ...TEXT } }),
      403,
    );
    await expectRefused(
      await request.post(`/api/v1/flags/${live!.id}/acknowledge`, { headers: { origin: EVIL } }),
      403,
    );
    await expectRefused(
      await request.post(`/api/v1/flags/${live!.id}/resolve`, { data: note, headers: { origin: own(), ...TEXT } }),
      415,
    );
    expect(await flagsOf(patientId)).toEqual(before);
  });

  test('a bodyless POST from another site gets 403; from this site it needs no Content-Type', async ({ request }) => {
    const { notifications } = (await (await request.get('/api/v1/notifications')).json()) as {
      notifications: Array<{ id: string }>;
    };
    const id = notifications[0]?.id;
    expect(id, 'the clinician has a notification').toBeTruthy();
    await expectRefused(await request.post(`/api/v1/notifications/${id}/read`, { headers: FOREIGN }), 403);
    const same = await request.post(`/api/v1/notifications/${id}/read`, { headers: { origin: own() } });
    expect(same.status()).toBe(200);
  });

  test('unknown API paths refuse a cross-site write before saying 404', async ({ request }) => {
    await expectRefused(await request.post('/api/v1/no-such-thing', { headers: FOREIGN }), 403);
    expect((await request.post('/api/v1/no-such-thing')).status()).toBe(404);
  });
});

test.describe('Auth.js endpoints: the Origin check, not the JSON rule', () => {
  test('signing in from another site’s form gets 403 and no session', async ({ playwright }) => {
    const context = await playwright.request.newContext({ baseURL: own() });
    try {
      const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
      const response = await context.post('/api/auth/callback/credentials', {
        form: { csrfToken, email: PERSONAS.patient2, password: DEMO_PASSWORD },
        headers: FOREIGN,
        maxRedirects: 0,
      });
      await expectRefused(response, 403);
      expect((await context.storageState()).cookies.map((cookie) => cookie.name)).not.toContainEqual(
        expect.stringMatching(/session-token/),
      );
      expect((await context.get('/api/v1/diary-entries')).status()).toBe(401);
      // The same form-encoded post from this site's own page signs in.
      const location = await signInViaApi(context, PERSONAS.patient2, DEMO_PASSWORD);
      expect(location).not.toContain('error=');
      expect((await context.get('/api/v1/diary-entries')).status()).toBe(200);
    } finally {
      await context.dispose();
    }
  });

  test('signing out from another site gets 403 and the session lives on', async ({ playwright }) => {
    // A session of its own, so the saved ones other suites use are not touched.
    const context = await playwright.request.newContext({ baseURL: own() });
    try {
      expect(await signInViaApi(context, PERSONAS.patient2, DEMO_PASSWORD)).not.toContain('error=');
      const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
      const response = await context.post('/api/auth/signout', {
        form: { csrfToken },
        headers: { origin: EVIL },
        maxRedirects: 0,
      });
      await expectRefused(response, 403);
      expect((await context.get('/api/v1/diary-entries')).status()).toBe(200);
    } finally {
      await context.dispose();
    }
  });
});
