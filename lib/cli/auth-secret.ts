import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The embedded setup's AUTH_SECRET: taken from the environment when set,
 * otherwise created once under .data/ (owner-only) and reused, so sessions
 * survive restarts without anyone handling a secret by hand.
 */
export function loadOrCreateAuthSecret(dataRoot = '.data'): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataRoot, 'auth-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataRoot, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
