import type { Metadata } from 'next';
import Link from 'next/link';
import { NewAccountForm } from '@/components/admin/new-account-form';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/accounts';
import { requirePagePermission } from '@/lib/dal/session';

export const metadata: Metadata = { title: 'New account' };

export default async function NewAccountPage() {
  await requirePagePermission('users:manage');
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <Link href="/admin/users" className="text-sm font-medium text-brand-700 hover:underline">
        ← Accounts
      </Link>
      <h1 className="text-2xl font-semibold">New account</h1>
      <p className="text-slate-700">
        Create an account for a clinician, a patient or another administrator. Give the person their password in person
        or by phone, never by email. A patient account starts with an empty diary; add it to a clinician&apos;s care
        team afterwards.
      </p>
      <NewAccountForm minPasswordLength={MIN_PASSWORD_LENGTH} />
    </div>
  );
}
