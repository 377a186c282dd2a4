import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { authenticate } from '../dal/sign-in';
import { authConfig } from './auth.config';
import { getRequestIp } from './request-ip';
import { storableText } from '../validation/text';

/** Raised when an account or address has failed too often; `code` reaches the login page. */
export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

// Text the database cannot hold (lib/validation/text.ts) fails like a wrong password, never as an error.
const credentialsSchema = z.object({
  email: storableText().trim().min(1).max(320),
  password: storableText().min(1).max(1024),
});

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await authenticate(await getDb(), { ...parsed.data, ip: getRequestIp(request.headers) });
        if (result.ok) {
          const { actor } = result;
          return { id: actor.userId, email: actor.email, name: actor.name, role: actor.role };
        }
        if (result.reason === 'throttled') throw new ThrottledSignIn(result.retryAfterSeconds);
        return null;
      },
    }),
  ],
});
