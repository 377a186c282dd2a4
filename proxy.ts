import NextAuth from 'next-auth';
import { authConfig } from '@/lib/auth/auth.config';

// Redirects anonymous page requests to /login; authorization itself lives in lib/dal.
export default NextAuth(authConfig).auth;

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico)$).*)'],
};
