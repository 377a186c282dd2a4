import { headers } from 'next/headers';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { endSession } from '../dal/sessions';
import { authenticate } from '../dal/sign-in';
import { authConfig } from './auth.config';
import { getRequestIp } from './request-ip';
import { authSecret } from './session-cookie';
import { storableText } from '../validation/text';

/** Raised when an account or address has failed too often; `code` reaches the login page. */
export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** The account has a second factor and no `otp` was sent: the login form asks for the code next. */
export class SecondFactorRequired extends CredentialsSignin {
  code = 'otp_required';
}

// Text the database cannot hold (lib/validation/text.ts) fails like a wrong password, never as an error.
const credentialsSchema = z.object({
  email: storableText().trim().min(1).max(320),
  password: storableText().min(1).max(1024),
  /** A six-digit TOTP code or a recovery code, for accounts with a second factor. */
  otp: storableText().max(64).optional(),
});

export const { handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  // Set here so that Auth.js and lib/auth/session-cookie.ts read cookies with one key.
  secret: authSecret(),
  providers: [
    Credentials({
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
        otp: { label: 'Authentication code', type: 'text' },
      },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await authenticate(await getDb(), { ...parsed.data, ip: getRequestIp(request.headers) });
        if (result.ok) {
          const { actor, sessionId } = result;
          return { id: actor.userId, email: actor.email, name: actor.name, role: actor.role, sessionId };
        }
        if (result.reason === 'throttled') throw new ThrottledSignIn(result.retryAfterSeconds);
        if (result.reason === 'otp_required') throw new SecondFactorRequired();
        return null;
      },
    }),
  ],
  events: {
    // Signing out (the app's button or POST /api/auth/signout) revokes the session row,
    // so a copy of the cookie taken before is worthless afterwards.
    async signOut(message) {
      const sessionId = 'token' in message ? message.token?.sid : undefined;
      if (typeof sessionId !== 'string') return;
      const ip = getRequestIp(await headers());
      await endSession(await getDb(), sessionId, ip);
    },
  },
});
