import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes';

const env = { NODE_ENV: 'test', AUTH_SECRET: 'auth-secret-for-tests-0123456789abcdef' } as NodeJS.ProcessEnv;

describe('recovery codes', () => {
  it('are ten distinct, readable codes', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes)
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
  });

  it('hash the same however they are typed, and differently per key', () => {
    expect(normalizeRecoveryCode(' ABCD-efgh jkmn ')).toBe('abcdefghjkmn');
    expect(hashRecoveryCode('ABCD EFGH JKMN', env)).toBe(hashRecoveryCode('abcd-efgh-jkmn', env));
    expect(hashRecoveryCode('abcd-efgh-jkmn', env)).not.toBe(hashRecoveryCode('abcd-efgh-jkmp', env));
    expect(hashRecoveryCode('abcd-efgh-jkmn', env)).not.toBe(
      hashRecoveryCode('abcd-efgh-jkmn', { ...env, MFA_ENCRYPTION_KEY: 'other' }),
    );
    expect(hashRecoveryCode('abcd-efgh-jkmn', env)).not.toContain('abcd');
  });
});
