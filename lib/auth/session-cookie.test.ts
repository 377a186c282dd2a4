import NextAuth from 'next-auth';
import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { authConfig } from './auth.config';
import { sessionIdFromCookie, usesSecureCookie } from './session-cookie';

const SECRET = 'session-cookie-test-secret-0123456789abcdef';
const env = { NODE_ENV: 'test', AUTH_SECRET: SECRET } as NodeJS.ProcessEnv;
const PLAIN = 'authjs.session-token';
const SECURE = '__Secure-authjs.session-token';
const claims = {
  uid: 'user-1',
  role: 'clinician',
  sid: 'session-1',
  sub: 'user-1',
  name: 'Ada',
  email: 'ada@example.test',
};

/** A cookie value as Auth.js issues it at sign-in under `name` (the name is also the key's salt). */
function issue(
  name: string,
  token: Record<string, unknown> = claims,
  options: { secret?: string; maxAge?: number } = {},
) {
  return encode({ token, secret: options.secret ?? SECRET, salt: name, maxAge: options.maxAge ?? 3600 });
}

function request(cookie: string | null, proto: string | null = 'http', extra: Record<string, string> = {}): Headers {
  const headers = new Headers(extra);
  if (cookie !== null) headers.set('cookie', cookie);
  if (proto !== null) headers.set('x-forwarded-proto', proto);
  return headers;
}

describe('sessionIdFromCookie', () => {
  it('reads the session id from the cookie Auth.js issued on plain HTTP', async () => {
    expect(await sessionIdFromCookie(request(`${PLAIN}=${await issue(PLAIN)}`), env)).toBe('session-1');
  });

  it('reads the __Secure- cookie on HTTPS, and only that name there', async () => {
    const secure = `${SECURE}=${await issue(SECURE)}`;
    const plain = `${PLAIN}=${await issue(PLAIN)}`;
    expect(await sessionIdFromCookie(request(secure, 'https'), env)).toBe('session-1');
    expect(await sessionIdFromCookie(request(plain, 'https'), env)).toBeNull();
    expect(await sessionIdFromCookie(request(secure, 'http'), env)).toBeNull();
  });

  it('refuses a value sealed under the other name (each name is its own key salt)', async () => {
    expect(await sessionIdFromCookie(request(`${PLAIN}=${await issue(SECURE)}`), env)).toBeNull();
  });

  it('refuses a cookie made with another key, a tampered one, an expired one and garbage', async () => {
    const foreign = await issue(PLAIN, claims, { secret: 'another-secret-another-secret-0123456789' });
    const good = await issue(PLAIN);
    const tampered = `${good.slice(0, -6)}${good.slice(-6) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`;
    const expired = await issue(PLAIN, claims, { maxAge: -60 });
    for (const value of [foreign, tampered, expired, 'not-a-token', '']) {
      expect(await sessionIdFromCookie(request(`${PLAIN}=${value}`), env)).toBeNull();
    }
  });

  it('refuses a token without the claims the session callback requires', async () => {
    for (const token of [
      { ...claims, sid: undefined },
      { ...claims, role: 'superuser' },
      { ...claims, uid: 42 },
    ]) {
      expect(await sessionIdFromCookie(request(`${PLAIN}=${await issue(PLAIN, token)}`), env)).toBeNull();
    }
  });

  it('joins a cookie Auth.js split into chunks', async () => {
    const value = await issue(PLAIN);
    const half = Math.floor(value.length / 2);
    const cookie = `${PLAIN}.1=${value.slice(half)}; ${PLAIN}.0=${value.slice(0, half)}`;
    expect(await sessionIdFromCookie(request(cookie), env)).toBe('session-1');
  });

  it('does not take a bearer token in place of the cookie', async () => {
    const headers = request(null, 'http', { authorization: `Bearer ${await issue(PLAIN)}` });
    expect(await sessionIdFromCookie(headers, env)).toBeNull();
  });

  it('reads nothing without a key', async () => {
    const cookie = `${PLAIN}=${await issue(PLAIN)}`;
    expect(await sessionIdFromCookie(request(cookie), { NODE_ENV: 'test' } as NodeJS.ProcessEnv)).toBeNull();
  });
});

describe('usesSecureCookie', () => {
  it('follows AUTH_URL when set, else X-Forwarded-Proto, else assumes HTTPS', () => {
    expect(usesSecureCookie(request(null, 'http'), { ...env, AUTH_URL: 'https://clinic.example' })).toBe(true);
    expect(usesSecureCookie(request(null, 'https'), { ...env, AUTH_URL: 'http://localhost:3000' })).toBe(false);
    expect(usesSecureCookie(request(null, 'https'), env)).toBe(true);
    expect(usesSecureCookie(request(null, 'http'), env)).toBe(false);
    expect(usesSecureCookie(request(null, null), env)).toBe(true);
  });
});

describe('agreement with Auth.js', () => {
  // Auth.js's own session read, in its route-handler form (which needs no request scope).
  const { auth } = NextAuth({ ...authConfig, secret: SECRET, logger: { error() {} } });
  const authJsSessionId = async (headers: Headers) => {
    const session = await auth({ req: { headers }, res: { headers: new Headers() } } as never);
    return (session as { user?: { sessionId?: string } } | null)?.user?.sessionId ?? null;
  };

  it('names the same session as auth() for every cookie and protocol above', async () => {
    const cookies = [
      `${PLAIN}=${await issue(PLAIN)}`,
      `${SECURE}=${await issue(SECURE)}`,
      `${PLAIN}=${await issue(SECURE)}`,
      `${PLAIN}=${await issue(PLAIN, { ...claims, role: 'superuser' })}`,
      `${PLAIN}=${await issue(PLAIN, claims, { maxAge: -60 })}`,
      `${PLAIN}=garbage`,
    ];
    const seen = new Set<string | null>();
    for (const cookie of cookies) {
      for (const proto of ['http', 'https', null]) {
        const ours = await sessionIdFromCookie(request(cookie, proto), env);
        expect(ours, `${cookie.slice(0, 40)} over ${proto}`).toBe(await authJsSessionId(request(cookie, proto)));
        seen.add(ours);
      }
    }
    expect(seen).toEqual(new Set(['session-1', null]));
  });
});
