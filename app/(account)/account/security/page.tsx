import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { SecondFactorSection } from '@/components/account/second-factor-section';
import { CardSection } from '@/components/ui/card';
import { viewOwnSecondFactor } from '@/lib/dal/second-factor';
import { getSession } from '@/lib/dal/session';
import { signOutEverywhereAction } from './actions';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Account security' };

export default async function SecurityPage() {
  const session = await getSession();
  if (!session) redirect('/login');
  const secondFactor = await viewOwnSecondFactor(await getDb(), session.actor);
  return (
    <div className="max-w-2xl space-y-5">
      <h1 className="text-2xl font-semibold">Account security</h1>
      {session.mustEnrolSecondFactor ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Set up two-step sign-in before you continue: your role requires it.
        </p>
      ) : null}
      {secondFactor ? <SecondFactorSection view={secondFactor} /> : null}
      <CardSection aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Sign out everywhere
        </h2>
        <p className="text-sm text-slate-700">
          Ends every session of your account — on this device and on any other browser or script signed in as you. Use
          it if you signed in on a shared computer or think someone else has your session.
        </p>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="danger">
            Sign out everywhere
          </Button>
        </form>
      </CardSection>
    </div>
  );
}
