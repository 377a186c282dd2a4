import { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import { isRole } from './permissions';
import { SESSION_MAX_AGE_SECONDS } from './session-lifetime';

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
      if (typeof token.uid === 'string' && typeof token.sid === 'string' && isRole(token.role)) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.user.sessionId = token.sid;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
