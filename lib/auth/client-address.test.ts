import { describe, expect, it } from 'vitest';
import { assertRuntimeConfig, SERVER_ENTRY_MARK, trustedProxies } from '../env';
import { parseTrustedProxies, resolveClientAddress } from './client-address';

const resolve = (trusted: string | undefined, peer: string | undefined, forwardedFor?: string | string[]) =>
  resolveClientAddress({ peer, forwardedFor }, parseTrustedProxies(trusted));

describe('resolveClientAddress', () => {
  it('takes the TCP peer and ignores a forged X-Forwarded-For when nobody is trusted', () => {
    expect(resolve(undefined, '203.0.113.7', '198.51.100.1')).toBe('203.0.113.7');
    expect(resolve('', '203.0.113.7', '198.51.100.1, 10.0.0.1')).toBe('203.0.113.7');
  });

  it('ignores X-Forwarded-For from a peer that is not one of the trusted proxies', () => {
    expect(resolve('10.0.0.0/8', '203.0.113.7', '198.51.100.1')).toBe('203.0.113.7');
  });

  it('behind a trusted proxy takes the right-most entry that is not a trusted proxy', () => {
    // The client forged the first entry; the proxy appended the address it saw.
    expect(resolve('10.0.0.0/8', '10.0.0.2', '1.2.3.4, 203.0.113.7')).toBe('203.0.113.7');
    // Two trusted proxies in a row (a load balancer, then a sidecar).
    expect(resolve('10.0.0.0/8, 127.0.0.1', '127.0.0.1', '1.2.3.4, 203.0.113.7, 10.0.0.9')).toBe('203.0.113.7');
    // Repeated headers arrive as one list.
    expect(resolve('10.0.0.0/8', '10.0.0.2', ['1.2.3.4', '203.0.113.7'])).toBe('203.0.113.7');
  });

  it('falls back to the trusted proxy when it forwards no header, or nothing that is an address', () => {
    expect(resolve('10.0.0.0/8', '10.0.0.2')).toBe('10.0.0.2');
    expect(resolve('10.0.0.0/8', '10.0.0.2', 'not-an-address')).toBe('10.0.0.2');
  });

  it('with a hop count trusts exactly that many nearest hops', () => {
    expect(resolve('1', '198.51.100.20', '1.2.3.4, 203.0.113.7')).toBe('203.0.113.7');
    expect(resolve('2', '198.51.100.20', '1.2.3.4, 203.0.113.7')).toBe('1.2.3.4');
    expect(resolve('0', '198.51.100.20', '1.2.3.4, 203.0.113.7')).toBe('198.51.100.20');
  });

  it('handles IPv6 peers and proxies, and gives IPv4-mapped addresses as IPv4', () => {
    expect(resolve(undefined, '2001:db8::1', '1.2.3.4')).toBe('2001:db8::1');
    expect(resolve('fd00::/8', 'fd00::5', '1.2.3.4, 2001:db8::7')).toBe('2001:db8::7');
    expect(resolve(undefined, '::ffff:203.0.113.7', '1.2.3.4')).toBe('203.0.113.7');
    // An IPv4 range matches a proxy seen through an IPv6 socket.
    expect(resolve('10.0.0.0/8', '::ffff:10.0.0.2', '1.2.3.4, 203.0.113.7')).toBe('203.0.113.7');
    expect(resolve('loopback', '::1', '1.2.3.4, ::ffff:198.51.100.9')).toBe('198.51.100.9');
  });

  it('says unknown without a peer address (a closed socket)', () => {
    expect(resolve(undefined, undefined, '1.2.3.4')).toBe('unknown');
  });
});

describe('parseTrustedProxies', () => {
  it('refuses an entry that is neither an address, a range nor a hop count, naming it', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8, proxy.internal')).toThrow(/"proxy\.internal" is not an IP address/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/TRUSTED_PROXIES: "10\.0\.0\.0\/33"/);
    expect(() => parseTrustedProxies('10.0.0.1,')).toThrow(/TRUSTED_PROXIES: ""/);
    expect(() => parseTrustedProxies('-1')).toThrow(/TRUSTED_PROXIES/);
  });

  it('accepts addresses, ranges, netmasks and proxy-addr names', () => {
    expect(() => parseTrustedProxies('127.0.0.1, 10.0.0.0/8, fd00::/8, 192.168.0.0/255.255.0.0, uniquelocal')).not.toThrow();
  });
});

describe('trustedProxies (read at server start)', () => {
  it('reads TRUSTED_PROXIES and stops the start on a typo', () => {
    const env = (TRUSTED_PROXIES?: string): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', TRUSTED_PROXIES });
    expect(trustedProxies(env('10.0.0.0/8'))('10.1.2.3', 0)).toBe(true);
    expect(trustedProxies(env())('10.1.2.3', 0)).toBe(false);
    expect(() => trustedProxies(env('10.0.0.0/8;127.0.0.1'))).toThrow(
      /TRUSTED_PROXIES: "10\.0\.0\.0\/8;127\.0\.0\.1" is not/,
    );
  });
});

describe('assertRuntimeConfig', () => {
  const production = { NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) } as const;
  it('refuses a production start that did not come through the server entry', () => {
    expect(() => assertRuntimeConfig({ ...production })).toThrow(/npm start/);
    expect(() => assertRuntimeConfig({ ...production, [SERVER_ENTRY_MARK]: '1' })).not.toThrow();
  });
});
