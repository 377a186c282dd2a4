import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { RemindersForm } from '@/components/notify/reminders-form';
import { getOwnReminders } from '@/lib/dal/reminders';
import { requirePagePermission } from '@/lib/dal/session';

export const metadata: Metadata = { title: 'Reminders' };

export default async function RemindersPage() {
  const actor = await requirePagePermission('reminders:own');
  const reminders = await getOwnReminders(await getDb(), actor);
  return (
    <div className="max-w-xl space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Reminders</h1>
        <p className="text-slate-700">
          If last night is not in your diary by the time you choose, we send one reminder — never more than one a
          night, and never in your quiet hours. After three nights in a row without an entry, reminders pause until
          you add a night or save these settings again.
        </p>
      </div>
      <RemindersForm initial={reminders} pushKey={process.env.VAPID_PUBLIC_KEY || null} />
    </div>
  );
}
