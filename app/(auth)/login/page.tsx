import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { homeFor } from '@/lib/auth/permissions';
import { ENROL_PATH, getSession } from '@/lib/dal/session';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage() {
  const session = await getSession();
  if (session) redirect(session.mustEnrolSecondFactor ? ENROL_PATH : homeFor(session.actor.role));
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold text-brand-800">Calfwatch</h1>
      <p className="mt-1 mb-6 text-slate-600">Sign in to your night-pain diary or your clinic dashboard.</p>
      <LoginForm />
    </main>
  );
}
