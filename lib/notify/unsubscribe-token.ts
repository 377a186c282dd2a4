import { createHmac, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'calfwatch-reminder-unsubscribe';

/**
 * A token that lets a patient turn reminders off from an email without
 * signing in: the patient id and an HMAC over it (keyed with AUTH_SECRET).
 * It can do nothing else, and stays valid until the secret changes.
 */
export function unsubscribeToken(patientId: string, secret: string): string {
  return `${Buffer.from(patientId).toString('base64url')}.${mac(patientId, secret)}`;
}

/** The patient id a token was made for, or null when it is not genuine. */
export function readUnsubscribeToken(token: string, secret: string): string | null {
  const [encoded, given] = token.split('.');
  if (!encoded || !given || token.split('.').length !== 2) return null;
  const patientId = Buffer.from(encoded, 'base64url').toString();
  const expected = Buffer.from(mac(patientId, secret));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? patientId : null;
}

function mac(patientId: string, secret: string): string {
  return createHmac('sha256', secret).update(`${PURPOSE}:${patientId}`).digest('base64url');
}

export function unsubscribeUrl(baseUrl: string, patientId: string, secret: string): string {
  return `${baseUrl}/reminders/unsubscribe?token=${unsubscribeToken(patientId, secret)}`;
}
