import { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import { isRole, type Role } from './permissions';
import { SESSION_MAX_AGE_SECONDS } from './session-lifetime';

/** What a session token must carry to name a session: the user, a known role and the session row's id. */
export function sessionClaims(token: Record<string, unknown> | null): { uid: string; role: Role; sid: string } | null {
  if (!token) return null;
  const { uid, role, sid } = token;
  return typeof uid === 'string' && typeof sid === 'string' && isRole(role) ? { uid, role, sid } : null;
}

/**
 * The database-free half of the Auth.js setup: session strategy, lifetime and
 * what the JWT carries — the user, the role and the id of the server-side
 * session row (`sid`). Whether that session is still live, and what it may
 * see, is decided in lib/dal.
 */
export const authConfig = {
  trustHost: true,
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  providers: [],
  logger: {
    error(error) {
      // A wrong password or a throttled account is an expected outcome, not a server error.
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      const claims = sessionClaims(token);
      if (claims) {
        session.user.id = claims.uid;
        session.user.role = claims.role;
        session.user.sessionId = claims.sid;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
