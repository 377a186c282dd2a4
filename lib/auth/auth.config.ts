import { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import { isRole } from './permissions';

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * The database-free half of the Auth.js setup: session strategy, lifetime and
 * what the JWT carries. Real authorization happens in lib/dal.
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
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === 'string' && isRole(token.role)) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.user.signedInAt = typeof token.signedInAt === 'number' ? token.signedInAt : 0;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
