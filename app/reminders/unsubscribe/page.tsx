import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { turnOffRemindersByToken } from '@/lib/dal/reminders';
import { signingSecret } from '@/lib/notify/context';
import { readUnsubscribeToken } from '@/lib/notify/unsubscribe-token';
import { unsubscribeQuerySchema } from '@/lib/validation/notifications';
import { parseQueryLenient, type SearchParams } from '@/lib/validation/query-params';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Stop diary reminders' };

async function unsubscribe(formData: FormData) {
  'use server';
  const token = String(formData.get('token') ?? '');
  const patientId = readUnsubscribeToken(token, signingSecret());
  if (!patientId) redirect('/reminders/unsubscribe?invalid=1');
  await turnOffRemindersByToken(await getDb(), patientId as string);
  redirect(`/reminders/unsubscribe?done=1`);
}

/**
 * The link in every reminder email. Works signed out: the signed token is
 * the only authority, and it can do nothing but turn reminders off. A button
 * (not the link itself) does it, so mail scanners that follow links change nothing.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = parseQueryLenient(unsubscribeQuerySchema, await searchParams);
  const token = params.token;
  const valid = token !== '' && readUnsubscribeToken(token, signingSecret()) !== null;
  return (
    <main id="main" className="mx-auto max-w-lg space-y-4 px-4 py-10">
      <h1 className="text-2xl font-semibold">Diary reminders</h1>
      {params.done ? (
        <p role="status" className="text-green-800">
          Reminders are off. You will get no more reminder emails. You can turn them on again under Reminders after
          signing in.
        </p>
      ) : valid ? (
        <form action={unsubscribe} className="space-y-3">
          <input type="hidden" name="token" value={token} />
          <p>Stop the nightly reminders to fill in your Calfwatch diary?</p>
          <Button type="submit" variant="primary">
            Stop reminders
          </Button>
        </form>
      ) : (
        <p className="text-red-700">
          This unsubscribe link is not valid. Use the link from your latest reminder email, or sign in and change your
          reminders under Reminders.
        </p>
      )}
    </main>
  );
}
