import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { apiAs } from './admin-helpers';
import { DEMO_PASSWORD, PERSONAS } from './support/accounts';
import { signInViaApi } from './support/sign-in';

/**
 * An attacker on another address. Linux routes all of 127.0.0.0/8 to the
 * loopback interface, so binding the client socket to this address gives the
 * server a TCP peer that is not the one the other suites sign in from, and the
 * per-address throttle this spec fills never touches them. The e2e server
 * trusts no proxy (TRUSTED_PROXIES is unset), as a server reached directly should.
 */
const ATTACKER = '127.0.0.77';
/** MAX_FAILURES_PER_IP in lib/dal/sign-in-throttle.ts. */
const FAILURES_PER_ADDRESS = 30;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request to the app from the attacker's address, with whatever headers it likes. */
function fromAttacker(baseURL: string, method: string, path: string, headers: Record<string, string>, body?: string) {
  const url = new URL(path, baseURL);
  return new Promise<Answer>((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port: url.port,
        method,
        path: url.pathname + url.search,
        localAddress: ATTACKER,
        headers: { host: url.host, ...headers },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Signs in through Auth.js's endpoints as a script would, forging the address headers; returns the redirect. */
async function forgedSignIn(baseURL: string, email: string, forged: Record<string, string>): Promise<string> {
  const csrf = await fromAttacker(baseURL, 'GET', '/api/auth/csrf', forged);
  expect(csrf.status).toBe(200);
  const setCookie = csrf.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie : [setCookie ?? ''])
    .map((line) => line.split(';')[0])
    .join('; ');
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await fromAttacker(
    baseURL,
    'POST',
    '/api/auth/callback/credentials',
    {
      ...forged,
      cookie,
      origin: new URL(baseURL).origin,
      'content-type': 'application/x-www-form-urlencoded',
    },
    new URLSearchParams({ csrfToken, email, password: 'Spring2026!' }).toString(),
  );
  expect(answer.status).toBe(302);
  return String(answer.headers.location ?? '');
}

interface AuditEvent {
  action: string;
  actor_email: string | null;
  ip: string | null;
}

test('a forged X-Forwarded-For neither changes the audited address nor resets the per-address throttle', async ({
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  const base = baseURL!;
  const run = `spray-${Date.now()}`;
  // Password spraying: one wrong password per account, a fresh forged address each time.
  for (let i = 0; i < FAILURES_PER_ADDRESS; i += 1) {
    const location = await forgedSignIn(base, `${run}-${i}@example.org`, {
      'x-forwarded-for': `203.0.113.${i + 1}`,
      'x-real-ip': `203.0.113.${i + 1}`,
    });
    expect(location).toContain('error=CredentialsSignin');
    expect(location).not.toContain('code=throttled');
  }
  // The address is throttled now, whatever the headers claim — the app's own internal one included.
  const blocked = await forgedSignIn(base, `${run}-last@example.org`, {
    'x-forwarded-for': '198.51.100.1',
    'x-calfwatch-client-ip': '198.51.100.2',
  });
  expect(blocked).toContain('code=throttled');

  // Everyone else is not: the throttle belongs to the attacker's real address.
  const elsewhere = await signInViaApi(request, PERSONAS.patient2, DEMO_PASSWORD);
  expect(elsewhere).not.toContain('error=');

  // The audit log names the real address for every attempt, never a forged one.
  const admin = await apiAs('admin', base);
  const events: AuditEvent[] = [];
  let cursor: string | null = '';
  for (let page = 0; page < 4 && cursor !== null; page += 1) {
    const response = await admin.get(`/api/v1/admin/audit?action=auth.sign_in*${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { events: AuditEvent[]; next_cursor: string | null };
    events.push(...body.events.filter((event) => event.actor_email?.startsWith(run)));
    cursor = body.next_cursor;
  }
  await admin.dispose();
  expect(events.filter((event) => event.action === 'auth.sign_in_failed')).toHaveLength(FAILURES_PER_ADDRESS);
  expect(events.filter((event) => event.action === 'auth.sign_in_throttled')).toHaveLength(1);
  expect(new Set(events.map((event) => event.ip))).toEqual(new Set([ATTACKER]));
});
