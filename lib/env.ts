/** The shared password of the seeded demo accounts (README.md, "Demo accounts"); never valid in production mode. */
export const DEMO_PASSWORD = 'calfwatch-demo';

/**
 * Production mode: a production build not started by `npm run demo` (which
 * sets CALFWATCH_DEMO=1). There demo seeding and the demo password are refused.
 */
export function isProductionMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production' && env.CALFWATCH_DEMO !== '1';
}

/** Throws with a clear message when the server is started without what production needs. */
export function assertRuntimeConfig(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  if (!env.AUTH_SECRET || env.AUTH_SECRET.length < 32) {
    throw new Error(
      'AUTH_SECRET is missing or shorter than 32 characters. Set it to a long random value ' +
        '(for example the output of `openssl rand -base64 32`) before starting Calfwatch.',
    );
  }
}
