'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from '@/lib/auth/auth';

export interface LoginState {
  message: string | null;
  email: string;
  /** `code` once the account turned out to have a second factor: the form then asks for it. */
  step: 'password' | 'code';
}

const THROTTLED = 'Too many failed attempts for this account. Wait 15 minutes, then try again.';

/**
 * Signs in with email and password, then — for an account with a second
 * factor — with its code. The code step follows any password for such an
 * account, and a failure there never says which of the two was wrong
 * (README, "Two-step sign-in"). Never echoes the password.
 */
export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get('email') ?? '').trim();
  const password = String(formData.get('password') ?? '');
  const otpField = formData.get('otp');
  const otp = typeof otpField === 'string' ? otpField.trim() : null;
  if (!email || !password) {
    return { email, step: 'password', message: 'Enter your email and your password.' };
  }
  if (otp === '') return { email, step: 'code', message: 'Enter the code from your authenticator app.' };
  try {
    await signIn('credentials', { email, password, ...(otp ? { otp } : {}), redirectTo: '/' });
    return { email, step: 'password', message: null };
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === 'otp_required') {
      return { email, step: 'code', message: null };
    }
    if (error instanceof CredentialsSignin && error.code === 'throttled') {
      return { email, step: 'password', message: THROTTLED };
    }
    if (error instanceof AuthError) {
      const message = otp
        ? 'That did not work: the password or the code was wrong. Try again.'
        : 'That email and password do not match an active account.';
      return { email, step: 'password', message };
    }
    throw error;
  }
}
