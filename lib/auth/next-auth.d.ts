import type { DefaultSession } from 'next-auth';
import type { Role } from './permissions';

declare module 'next-auth' {
  interface User {
    role: Role;
  }
  interface Session {
    user: {
      id: string;
      role: Role;
      /** Epoch milliseconds of the sign-in that issued this session. */
      signedInAt: number;
    } & DefaultSession['user'];
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: string;
    role?: Role;
    signedInAt?: number;
  }
}
