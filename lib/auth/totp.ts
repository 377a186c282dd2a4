import { generateSecret, generateURI, verify } from 'otplib';

/** Shown as the account's issuer in authenticator apps. */
export const TOTP_ISSUER = 'Calfwatch';
/** RFC 6238 defaults that every authenticator app understands: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;

/** A new random 160-bit secret, base32-encoded as authenticator apps expect. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI the enrolment QR code carries. */
export function totpUri(secret: string, accountName: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountName, secret });
}

/** Whether a string has the shape of a TOTP code (six digits, spaces allowed). */
export function isTotpShaped(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s+/g, ''));
}

export type TotpCheck = { valid: true; timeStep: number } | { valid: false };

/**
 * Checks a six-digit code against the secret at `now`, accepting the step
 * before and after for clock drift (RFC 6238 §5.2). A code whose time step is
 * not after `afterTimeStep` (the last one accepted) is refused: each code
 * signs in once.
 */
export async function checkTotp(
  secret: string,
  code: string,
  options: { afterTimeStep?: number | null; now?: Date } = {},
): Promise<TotpCheck> {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return { valid: false };
  const result = await verify({
    secret,
    token,
    epoch: Math.floor((options.now ?? new Date()).getTime() / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(options.afterTimeStep != null ? { afterTimeStep: options.afterTimeStep } : {}),
  });
  // The TOTP strategy reports the matched time step; the HOTP half of otplib's union does not.
  return result.valid && 'timeStep' in result ? { valid: true, timeStep: result.timeStep } : { valid: false };
}
