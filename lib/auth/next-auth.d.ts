import type { DefaultSession } from 'next-auth';
import type { Role } from './permissions';

declare module 'next-auth' {
  interface User {
    role: Role;
    /** The server-side session row this sign-in created (lib/accounts/sessions.ts). */
    sessionId: string;
  }
  interface Session {
    user: {
      id: string;
      role: Role;
      /** The server-side session row; the data layer checks it on every request. */
      sessionId: string;
    } & DefaultSession['user'];
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: string;
    role?: Role;
    sid?: string;
  }
}
