import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { PreferencesForm } from '@/components/notify/preferences-form';
import { getOwnPreferences } from '@/lib/dal/notifications';
import { requirePagePermission } from '@/lib/dal/session';

export const metadata: Metadata = { title: 'Alert settings' };

export default async function PreferencesPage() {
  const actor = await requirePagePermission('notifications:own');
  const preferences = await getOwnPreferences(await getDb(), actor);
  return (
    <div className="max-w-2xl space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Alert settings</h1>
        <p className="text-slate-700">
          Choose how you hear about new and escalated flags on your patients, for each tier the clinic sends alerts
          for. Emails never name the patient or what they reported: they only say that a flag needs your review.
        </p>
      </div>
      <PreferencesForm initial={preferences.channels} routedTiers={preferences.routed_tiers} />
    </div>
  );
}
