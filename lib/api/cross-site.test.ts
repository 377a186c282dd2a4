import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crossSiteRefusal, guardRoute, isCrossSite } from './cross-site';

const SITE = 'http://localhost:3000';

function request(method: string, headers: Record<string, string> = {}, body?: string, url = `${SITE}/api/v1/profile`) {
  return new NextRequest(url, { method, headers, body });
}

async function refusal(req: NextRequest, requireJson = true) {
  const response = crossSiteRefusal(req, { requireJson });
  return (
    response && { status: response.status, body: await response.json(), cache: response.headers.get('cache-control') }
  );
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('isCrossSite', () => {
  it('passes a request without Origin or Sec-Fetch-Site (a script, curl)', () => {
    expect(isCrossSite(request('POST'))).toBe(false);
  });

  it('passes the request’s own origin, by Host header or by URL', () => {
    expect(isCrossSite(request('POST', { origin: SITE }))).toBe(false);
    expect(isCrossSite(request('POST', { origin: 'https://calfwatch.example', host: 'calfwatch.example' }))).toBe(
      false,
    );
    expect(isCrossSite(request('POST', { origin: 'https://calfwatch.example', host: 'calfwatch.example:443' }))).toBe(
      false,
    );
  });

  it('passes the host a proxy forwarded, and the origin of AUTH_URL', () => {
    const viaProxy = { origin: 'https://clinic.example', 'x-forwarded-host': 'clinic.example' };
    expect(isCrossSite(request('POST', viaProxy))).toBe(false);
    vi.stubEnv('AUTH_URL', 'https://calfwatch.example/api/auth');
    expect(isCrossSite(request('POST', { origin: 'https://calfwatch.example' }))).toBe(false);
    expect(isCrossSite(request('POST', { origin: 'http://calfwatch.example' }))).toBe(true);
  });

  it('refuses another origin, another port, the opaque null origin and odd schemes', () => {
    for (const origin of ['https://evil.example', 'http://localhost:3001', 'null', 'file://', 'not a url']) {
      expect(isCrossSite(request('POST', { origin })), origin).toBe(true);
    }
  });

  it('refuses Sec-Fetch-Site: cross-site even without Origin, and passes same-origin', () => {
    expect(isCrossSite(request('POST', { 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isCrossSite(request('POST', { 'sec-fetch-site': 'same-origin', origin: SITE }))).toBe(false);
  });
});

describe('crossSiteRefusal', () => {
  it('answers 403 in the API error shape, never stored, for a foreign write', async () => {
    const answer = await refusal(
      request('PUT', { origin: 'https://evil.example', 'content-type': 'application/json' }, '{}'),
    );
    expect(answer).toEqual({ status: 403, body: { error: expect.any(String) }, cache: 'no-store' });
  });

  it('checks the origin before the media type', async () => {
    const answer = await refusal(
      request('PUT', { origin: 'https://evil.example', 'content-type': 'text/plain' }, '{}'),
    );
    expect(answer?.status).toBe(403);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp'])(
    'answers 415 for a %s body',
    async (type) => {
      const answer = await refusal(request('POST', { 'content-type': type }, '{"note":"x"}'));
      expect(answer).toEqual({ status: 415, body: { error: expect.any(String) }, cache: 'no-store' });
    },
  );

  it('answers 415 for a body with no Content-Type', async () => {
    // Bytes, unlike a string, get no Content-Type of their own.
    const req = new NextRequest(`${SITE}/api/v1/profile`, {
      method: 'PUT',
      headers: { 'content-length': '2' },
      body: new TextEncoder().encode('{}'),
    });
    expect(req.headers.has('content-type')).toBe(false);
    expect((await refusal(req))?.status).toBe(415);
  });

  it('passes JSON, with or without parameters', async () => {
    expect(await refusal(request('PUT', { 'content-type': 'application/json' }, '{}'))).toBeNull();
    expect(
      await refusal(request('PUT', { 'content-type': 'Application/JSON; charset=utf-8', origin: SITE }, '{}')),
    ).toBeNull();
  });

  it('passes a bodyless POST, and one that declares an empty body', async () => {
    expect(await refusal(request('POST', { origin: SITE }))).toBeNull();
    expect(await refusal(request('POST', { 'content-type': 'text/plain', 'content-length': '0' }))).toBeNull();
  });

  it('still refuses a bodyless POST from another site', async () => {
    expect((await refusal(request('POST', { origin: 'https://evil.example' })))?.status).toBe(403);
    expect((await refusal(request('DELETE', { 'sec-fetch-site': 'cross-site' })))?.status).toBe(403);
  });

  it('leaves reads alone', async () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(await refusal(request(method, { origin: 'https://evil.example' }))).toBeNull();
    }
  });

  it('only checks the origin when JSON is not required (the Auth.js sign-in form)', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect(await refusal(request('POST', { ...form, origin: SITE }, 'a=1'), false)).toBeNull();
    expect((await refusal(request('POST', { ...form, origin: 'https://evil.example' }, 'a=1'), false))?.status).toBe(
      403,
    );
  });
});

describe('guardRoute', () => {
  it('refuses before the handler runs, and marks what the handler answers no-store', async () => {
    const handler = vi.fn(async () => Response.redirect(`${SITE}/login`, 302));
    const guarded = guardRoute({ requireJson: false }, handler);
    expect((await guarded(request('POST', { origin: 'https://evil.example' }))).status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
    const answer = await guarded(request('POST', { origin: SITE }));
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe(`${SITE}/login`);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });
});
