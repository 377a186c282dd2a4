import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { checkTotp, isTotpShaped, newTotpSecret, TOTP_ISSUER, totpUri } from './totp';

const at = (iso: string) => new Date(iso);
const codeAt = (secret: string, iso: string) => generate({ secret, epoch: Math.floor(at(iso).getTime() / 1000) });

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC 6238 SHA-1 test vector', async () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits → 287082.
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(await checkTotp(secret, '287082', { now: new Date(59_000) })).toEqual({ valid: true, timeStep: 1 });
  });

  it('accepts the current step and one step either side, nothing further', async () => {
    const secret = newTotpSecret();
    const now = '2026-12-03T12:00:15Z';
    for (const iso of ['2026-12-03T11:59:45Z', now, '2026-12-03T12:00:45Z']) {
      expect((await checkTotp(secret, await codeAt(secret, iso), { now: at(now) })).valid).toBe(true);
    }
    for (const iso of ['2026-12-03T11:59:15Z', '2026-12-03T12:01:15Z']) {
      expect((await checkTotp(secret, await codeAt(secret, iso), { now: at(now) })).valid).toBe(false);
    }
  });

  it('refuses a code whose step is not after the last one accepted (no replay)', async () => {
    const secret = newTotpSecret();
    const now = at('2026-12-03T12:00:15Z');
    const code = await codeAt(secret, '2026-12-03T12:00:15Z');
    const first = await checkTotp(secret, code, { now });
    expect(first.valid).toBe(true);
    if (!first.valid) return;
    expect(await checkTotp(secret, code, { now, afterTimeStep: first.timeStep })).toEqual({ valid: false });
    const next = await codeAt(secret, '2026-12-03T12:00:45Z');
    expect((await checkTotp(secret, next, { now, afterTimeStep: first.timeStep })).valid).toBe(true);
  });

  it('refuses malformed codes without calling the library', async () => {
    const secret = newTotpSecret();
    for (const code of ['', '12345', '1234567', 'abcdef', '12 34 5x']) {
      expect(await checkTotp(secret, code)).toEqual({ valid: false });
    }
    expect(isTotpShaped('123 456')).toBe(true);
    expect(isTotpShaped('abcd-efgh-jkmn')).toBe(false);
  });

  it('builds an otpauth URI naming the issuer and the account', () => {
    const uri = totpUri('JBSWY3DPEHPK3PXP', 'clinician@example.org');
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain('secret=JBSWY3DPEHPK3PXP');
    expect(uri).toContain(`issuer=${TOTP_ISSUER}`);
  });
});
