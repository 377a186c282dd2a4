import { describe, expect, it } from 'vitest';
import {
  applySecurityHeaders,
  contentSecurityPolicy,
  createNonce,
  isHttpsRequest,
  PERMISSIONS_POLICY,
} from './security-headers';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('lets scripts run only with the nonce, and never eval in production', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'abc123==', development: false, https: false }));
    expect(policy.get('script-src')).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect([...policy.values()].join(' ')).not.toContain('unsafe-eval');
    expect(policy.get('script-src')).not.toContain('unsafe-inline');
  });

  it('allows eval for React refresh in development only', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'n', development: true, https: false }));
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
  });

  it('shuts out plugins, framing, foreign base URLs and foreign form targets', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'n', development: false, https: false }));
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'self'");
    expect(policy.get('form-action')).toBe("'self'");
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(policy.get('img-src')).toBe("'self' data: blob:");
    expect(policy.get('worker-src')).toBe("'self'");
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });

  it('upgrades stray http subresources on HTTPS', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'n', development: false, https: true }));
    expect(policy.has('upgrade-insecure-requests')).toBe(true);
  });
});

describe('createNonce', () => {
  it('is base64 of 16 random bytes, fresh each time', () => {
    const nonce = createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(nonce);
  });
});

describe('isHttpsRequest', () => {
  const at = (url: string, headers: Record<string, string> = {}) => ({
    nextUrl: new URL(url),
    headers: new Headers(headers),
  });
  it('sees HTTPS directly or from the proxy’s X-Forwarded-Proto', () => {
    expect(isHttpsRequest(at('https://calfwatch.example/'))).toBe(true);
    expect(isHttpsRequest(at('http://localhost:3000/', { 'x-forwarded-proto': 'https' }))).toBe(true);
    expect(isHttpsRequest(at('http://localhost:3000/', { 'x-forwarded-proto': 'https, http' }))).toBe(true);
    expect(isHttpsRequest(at('http://localhost:3000/'))).toBe(false);
    expect(isHttpsRequest(at('http://localhost:3000/', { 'x-forwarded-proto': 'http' }))).toBe(false);
  });
});

describe('applySecurityHeaders', () => {
  it('sets the policy, Permissions-Policy and no-store, and HSTS only on HTTPS', () => {
    const plain = new Headers();
    applySecurityHeaders(plain, { policy: "default-src 'self'", https: false });
    expect(Object.fromEntries(plain)).toEqual({
      'content-security-policy': "default-src 'self'",
      'permissions-policy': PERMISSIONS_POLICY,
      'cache-control': 'no-store',
      'referrer-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    });
    expect(PERMISSIONS_POLICY).toContain('camera=()');
    expect(PERMISSIONS_POLICY).toContain('microphone=()');
    expect(PERMISSIONS_POLICY).toContain('geolocation=()');
    const secure = new Headers();
    applySecurityHeaders(secure, { policy: "default-src 'self'", https: true });
    expect(secure.get('strict-transport-security')).toMatch(/^max-age=\d{8}; includeSubDomains$/);
  });
});
