import { createHmac, randomInt } from 'node:crypto';
import { deriveKey } from './secret-box';

export const RECOVERY_CODE_COUNT = 10;
// Crockford's base32 without the letters people misread (i, l, o, u): 12 characters carry 60 random bits.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const LENGTH = 12;

/** Ten fresh codes, shown once, as `xxxx-xxxx-xxxx`. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** A typed code as stored: lower case, without spaces or dashes. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, '');
}

/**
 * The stored form of a recovery code: HMAC-SHA256 under a key derived from the
 * server secret. The codes are random (60 bits), so a slow password hash would
 * add nothing against guessing while costing ten argon2 runs per sign-in; the
 * key means a copy of the table alone cannot test guesses offline, and equal
 * hashes let one indexed UPDATE use a code exactly once.
 */
export function hashRecoveryCode(code: string, env?: NodeJS.ProcessEnv): string {
  return createHmac('sha256', deriveKey('calfwatch recovery codes v1', env))
    .update(normalizeRecoveryCode(code))
    .digest('base64url');
}
