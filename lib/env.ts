import { parseTrustedProxies, type TrustedProxies } from './auth/client-address';

/** The shared password of the seeded demo accounts (README.md, "Demo accounts"); never valid in production mode. */
export const DEMO_PASSWORD = 'calfwatch-demo';

/**
 * Production mode: a production build not started by `npm run demo` (which
 * sets CALFWATCH_DEMO=1). There demo seeding and the demo password are refused.
 */
export function isProductionMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production' && env.CALFWATCH_DEMO !== '1';
}

/** Set by the server entry (lib/server/start-server.ts) for the app it starts. */
export const SERVER_ENTRY_MARK = 'CALFWATCH_SERVER_ENTRY';

/** Throws with a clear message when the server is started without what production needs. */
export function assertRuntimeConfig(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  if (env[SERVER_ENTRY_MARK] !== '1') {
    throw new Error(
      'Start Calfwatch with `npm start` (lib/server/start-server.ts), not `next start`: only that entry ' +
        'sees the client address, and without it every client would share one sign-in throttle and the ' +
        'audit log would record no address (README, "Trusted proxies").',
    );
  }
  if (!env.AUTH_SECRET || env.AUTH_SECRET.length < 32) {
    throw new Error(
      'AUTH_SECRET is missing or shorter than 32 characters. Set it to a long random value ' +
        '(for example the output of `openssl rand -base64 32`) before starting Calfwatch.',
    );
  }
}

/**
 * The reverse proxies whose X-Forwarded-For the server believes (README,
 * "Trusted proxies"). Throws with a message naming a malformed entry, so a
 * typo stops the start instead of silently trusting nobody or everybody.
 */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): TrustedProxies {
  return parseTrustedProxies(env.TRUSTED_PROXIES);
}
