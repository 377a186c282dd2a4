import { expect, test, type APIResponse, type Page, type Response } from '@playwright/test';
import { DEMO_PASSWORD, PERSONAS, seededIds, storageStateFor } from './support/accounts';

// Issue 11, "missing headers": the pages work under the Content-Security-Policy with no violation,
// and every page and API answer says no-store (README "Security"; lib/api/security-headers.ts).

type Headers = Record<string, string>;

/** The policy's directives, by name. */
function directives(policy: string | undefined): Map<string, string> {
  expect(policy, 'a Content-Security-Policy header').toBeTruthy();
  return new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

/** Checks a page's headers and returns the nonce its policy names. */
function expectPageHeaders(headers: Headers): string {
  const policy = directives(headers['content-security-policy']);
  const script = policy.get('script-src') ?? '';
  const nonce = /'nonce-([^']+)'/.exec(script)?.[1];
  expect(nonce, 'a nonce in script-src').toBeTruthy();
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(script).not.toContain('unsafe-inline');
  expect(policy.get('object-src')).toBe("'none'");
  expect(policy.get('frame-ancestors')).toBe("'none'");
  expect(policy.get('base-uri')).toBe("'self'");
  expect(policy.get('form-action')).toBe("'self'");
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['permissions-policy']).toContain('geolocation=()');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();
  expect(headers['cache-control']).toContain('no-store');
  // Served over plain HTTP here: no HSTS (it is sent when the request came over HTTPS).
  expect(headers['strict-transport-security']).toBeUndefined();
  return nonce!;
}

/** Collects CSP violations, from the console and from `securitypolicyviolation` events, across navigations. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`);
    });
  });
  return violations;
}

/** Visits a page, checks its headers and that Next put the header's nonce on its scripts. */
async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  const response = (await page.goto(path)) as Response;
  expect(response.status(), path).toBe(200);
  const nonce = expectPageHeaders(await response.allHeaders());
  await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible();
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll('script')].map((script) => ({ src: script.src, nonce: script.nonce ?? '' })),
  );
  // Next put this response's nonce on its inline scripts and on its own script files.
  const inline = scripts.filter((script) => !script.src);
  expect(inline.length).toBeGreaterThan(0);
  expect(inline.filter((script) => script.nonce !== nonce)).toEqual([]);
  expect(scripts.some((script) => script.src.includes('/_next/static/') && script.nonce === nonce)).toBe(true);
}

test.describe('pages under the Content-Security-Policy', () => {
  test.describe('as the patient', () => {
    test.use({ storageState: storageStateFor('patient') });
    test('the diary, its charts, the form, the profile and the guide work with no violation', async ({ page }) => {
      const violations = await watchCsp(page);
      await visit(page, '/diary', 'My diary');
      // Recharts draws only in the browser: a drawn chart means the page's scripts ran.
      await expect(page.getByTestId('worst-pain-chart').locator('svg.recharts-surface')).toBeVisible();
      await visit(page, '/diary/new', /./);
      await visit(page, '/profile', /./);
      await visit(page, '/guide', /./);
      await visit(page, '/diary/reminders', /./);
      expect(violations).toEqual([]);
    });
  });

  test.describe('as a clinician', () => {
    test.use({ storageState: storageStateFor('clinician') });
    test('the worklist, the panel, a patient’s charts and account security work with no violation', async ({
      page,
    }) => {
      const violations = await watchCsp(page);
      await visit(page, '/clinician', 'Worklist');
      await visit(page, '/clinician/patients', /./);
      const { patientId } = seededIds()['patient@example.org']!;
      await visit(page, `/clinician/patients/${patientId}`, /./);
      for (const title of ['Worst pain per night', 'Episodes per night', 'Pattern mix']) {
        await expect(page.getByRole('figure', { name: title }).locator('svg.recharts-surface').first()).toBeVisible();
      }
      // A client-side navigation fetches the next page's server components under the same policy.
      await page.getByRole('link', { name: '30 nights' }).click();
      await expect(page).toHaveURL(/range=30/);
      await visit(page, '/clinician/notifications', /./);
      await visit(page, '/account/security', /./);
      expect(violations).toEqual([]);
    });
  });

  test.describe('as an admin', () => {
    test.use({ storageState: storageStateFor('admin') });
    test('accounts, the audit log, rules and deliveries work with no violation', async ({ page }) => {
      const violations = await watchCsp(page);
      await visit(page, '/admin/users', 'Accounts');
      await visit(page, '/admin/audit', /./);
      await visit(page, '/admin/rules', /./);
      await visit(page, '/admin/deliveries', /./);
      expect(violations).toEqual([]);
    });
  });

  test('signing in with the form and out again works under the policy', async ({ page }) => {
    const violations = await watchCsp(page);
    await visit(page, '/login', /./);
    await page.getByLabel('Email').fill(PERSONAS.clinician2);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL('/clinician');
    await expect(page.getByRole('heading', { level: 1, name: 'Worklist' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    expect(violations).toEqual([]);
  });

  test('each response gets its own nonce', async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i += 1) {
      const response = await request.get('/login');
      nonces.add(/'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1] ?? '');
    }
    expect(nonces.size).toBe(3);
  });
});

test.describe('headers on redirects, HTTPS and the API', () => {
  test('a signed-out page request is redirected to /login with the same headers', async ({ request }) => {
    const response = await request.get('/diary', { maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.status()).toBeLessThan(400);
    expect(response.headers().location).toMatch(/\/login$/);
    expectPageHeaders(response.headers());
  });

  test('HSTS is sent when the proxy in front says the request came over HTTPS', async ({ request }) => {
    const response = await request.get('/login', { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers()['strict-transport-security']).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(directives(response.headers()['content-security-policy']).has('upgrade-insecure-requests')).toBe(true);
  });

  const expectNoStore = (response: APIResponse, what: string) =>
    expect(response.headers()['cache-control'], what).toContain('no-store');

  test.describe('as the patient', () => {
    test.use({ storageState: storageStateFor('patient') });
    test('API answers, errors included, are no-store', async ({ request }) => {
      for (const path of ['/api/v1/diary-entries', '/api/v1/profile', '/api/v1/reminders']) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        expectNoStore(response, path);
      }
      const forbidden = await request.get('/api/v1/patients');
      expect(forbidden.status()).toBe(403);
      expectNoStore(forbidden, 'a 403');
      const unknown = await request.get('/api/v1/no-such-thing');
      expect(unknown.status()).toBe(404);
      expectNoStore(unknown, 'a 404');
      const invalid = await request.get('/api/v1/diary-entries?from=0000-01-01');
      expect(invalid.status()).toBe(422);
      expectNoStore(invalid, 'a 422');
    });
  });

  test.describe('as a clinician', () => {
    test.use({ storageState: storageStateFor('clinician') });
    test('API answers and export downloads are no-store', async ({ request }) => {
      const { patientId } = seededIds()['patient@example.org']!;
      for (const path of [
        '/api/v1/patients',
        `/api/v1/patients/${patientId}/diary-entries`,
        `/api/v1/patients/${patientId}/flags`,
        `/clinician/patients/${patientId}/export.csv`,
        `/clinician/patients/${patientId}/fhir`,
      ]) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        expectNoStore(response, path);
      }
    });
  });

  test.describe('as an admin', () => {
    test.use({ storageState: storageStateFor('admin') });
    test('admin API answers and the audit CSV are no-store', async ({ request }) => {
      for (const path of ['/api/v1/admin/users', '/api/v1/admin/audit', '/admin/audit/export.csv']) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        expectNoStore(response, path);
      }
    });
  });

  test('signed out: 401s, the health check, the API document and Auth.js’s endpoints are no-store', async ({
    request,
  }) => {
    for (const [path, status] of [
      ['/api/v1/diary-entries', 401],
      ['/api/v1/health', 200],
      ['/api/v1/openapi.json', 200],
      ['/api/auth/session', 200],
      ['/api/auth/csrf', 200],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      expectNoStore(response, path);
      expect(response.headers()['permissions-policy'], path).toBeTruthy();
    }
  });
});
