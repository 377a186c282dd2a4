'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from '@/lib/auth/auth';

export interface LoginState {
  message: string | null;
  email: string;
}

/** Signs in with email and password; on failure says why without echoing the password. */
export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get('email') ?? '').trim();
  const password = String(formData.get('password') ?? '');
  if (!email || !password) {
    return { email, message: 'Enter your email and your password.' };
  }
  try {
    await signIn('credentials', { email, password, redirectTo: '/' });
    return { email, message: null };
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === 'throttled') {
      return {
        email,
        message: 'Too many failed attempts for this account. Wait 15 minutes, then try again.',
      };
    }
    if (error instanceof AuthError) {
      return { email, message: 'That email and password do not match an active account.' };
    }
    throw error;
  }
}
