import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const FORMAT = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A 256-bit key for one purpose, derived with HKDF-SHA256 from
 * `MFA_ENCRYPTION_KEY`, or from `AUTH_SECRET` when that is not set.
 * Changing the source secret makes what was sealed with it unreadable
 * (README, "Two-step sign-in").
 */
export function deriveKey(purpose: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const material = env.MFA_ENCRYPTION_KEY || env.AUTH_SECRET;
  if (!material) throw new Error('Set MFA_ENCRYPTION_KEY (or AUTH_SECRET) to store second factors.');
  return Buffer.from(hkdfSync('sha256', material, 'calfwatch', purpose, 32));
}

const SECRET_PURPOSE = 'calfwatch totp secret v1';

/**
 * Encrypts a second-factor secret with AES-256-GCM. `context` (the user id) is
 * bound as associated data, so a sealed value copied to another account does
 * not open. Output: `v1.<iv>.<tag>.<ciphertext>`, base64url.
 */
export function sealSecret(plain: string, context: string, env?: NodeJS.ProcessEnv): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(SECRET_PURPOSE, env), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [FORMAT, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Decrypts what `sealSecret` produced for the same context; throws if it was altered or the key changed. */
export function openSecret(sealed: string, context: string, env?: NodeJS.ProcessEnv): string {
  const [format, iv, tag, ciphertext] = sealed.split('.');
  if (format !== FORMAT || !iv || !tag || ciphertext === undefined) throw new Error('Not a sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(SECRET_PURPOSE, env), Buffer.from(iv, 'base64url'), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
