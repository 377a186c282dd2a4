import { getToken } from 'next-auth/jwt';
import { sessionClaims } from './auth.config';

/** The key that encrypts session cookies: the one Auth.js is given (lib/auth/auth.ts) and the one that reads them here. */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.AUTH_SECRET || env.NEXTAUTH_SECRET || undefined;
}

/**
 * Whether the session cookie carries the `__Secure-` name, decided as Auth.js
 * decides it for `auth()` in a server component: from AUTH_URL when set, else
 * from the request's X-Forwarded-Proto (which Next.js fills in), else HTTPS.
 */
export function usesSecureCookie(headers: Headers, env: NodeJS.ProcessEnv = process.env): boolean {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  if (configured) return new URL(configured).protocol === 'https:';
  const protocol = headers.get('x-forwarded-proto') ?? 'https';
  return protocol.replace(/:$/, '') === 'https';
}

/**
 * The server-side session id (`sid`, lib/auth/auth.config.ts) that the
 * request's Auth.js session cookie names, or null when there is no cookie or it
 * does not decrypt, was made with another key or under the other cookie name,
 * has expired or lacks the claims Auth.js's session callback requires
 * (`sessionClaims`). Whether that session is live is for lib/dal/sessions.ts.
 *
 * Auth.js's own `auth()` answers the same question, but then encrypts a
 * refreshed cookie that a server component or route handler can never send:
 * about 1.4 ms of the server's one thread per request, for nothing
 * (BENCHMARKS.md, "The session read"). Only the Cookie header is
 * read: a bearer token is not accepted in its place.
 */
export async function sessionIdFromCookie(
  headers: Headers,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const secret = authSecret(env);
  const cookie = headers.get('cookie');
  if (!secret || !cookie) return null;
  const token = await getToken({
    req: { headers: new Headers({ cookie }) },
    secret,
    secureCookie: usesSecureCookie(headers, env),
  });
  return sessionClaims(token)?.sid ?? null;
}
