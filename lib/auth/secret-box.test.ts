import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from './secret-box';

const env = { NODE_ENV: 'test', AUTH_SECRET: 'auth-secret-for-tests-0123456789abcdef' } as NodeJS.ProcessEnv;

describe('secret box (AES-256-GCM, HKDF key)', () => {
  it('opens what it sealed, and never stores the plain text', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', 'user-1', env);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(sealed, 'user-1', env)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('seals the same secret differently each time (fresh IV)', () => {
    expect(sealSecret('same', 'user-1', env)).not.toBe(sealSecret('same', 'user-1', env));
  });

  it('refuses another account, an altered value, and another key', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', 'user-1', env);
    expect(() => openSecret(sealed, 'user-2', env)).toThrow();
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() =>
      openSecret([parts[0], parts[1], parts[2], flipped.toString('base64url')].join('.'), 'user-1', env),
    ).toThrow();
    expect(() => openSecret(sealed, 'user-1', { ...env, MFA_ENCRYPTION_KEY: 'another-key' })).toThrow();
    expect(() => openSecret('garbage', 'user-1', env)).toThrow();
  });

  it('prefers MFA_ENCRYPTION_KEY, so AUTH_SECRET can change without losing second factors', () => {
    const withKey = { ...env, MFA_ENCRYPTION_KEY: 'dedicated-mfa-key-0123456789' } as NodeJS.ProcessEnv;
    const sealed = sealSecret('secret', 'user-1', withKey);
    expect(openSecret(sealed, 'user-1', { ...withKey, AUTH_SECRET: 'rotated-auth-secret' })).toBe('secret');
  });

  it('needs a key', () => {
    expect(() => sealSecret('secret', 'user-1', { NODE_ENV: 'test' } as NodeJS.ProcessEnv)).toThrow(
      /MFA_ENCRYPTION_KEY/,
    );
  });
});
