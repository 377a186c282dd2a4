import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { MarkReadButton } from '@/components/notify/mark-read-button';
import { TIER_LABELS } from '@/lib/presentation/labels';
import { listOwnNotifications } from '@/lib/dal/notifications';
import { requirePagePermission } from '@/lib/dal/session';
import { formatDateTime } from '@/lib/presentation/format';
import { cardVariants } from '@/components/ui/card';

export const metadata: Metadata = { title: 'Notifications' };

const KIND_TEXT: Record<string, string> = {
  flag_raised: 'flag raised',
  flag_escalated: 'flag escalated',
  flag_overdue: 'flag overdue: not acknowledged in time',
};

export default async function NotificationsPage() {
  const actor = await requirePagePermission('notifications:own');
  const { notifications, unread_count } = await listOwnNotifications(await getDb(), actor);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">Notifications</h1>
          <p className="text-slate-700" data-testid="unread-summary">
            {unread_count === 0 ? 'Nothing unread.' : `${unread_count} unread.`} Open the patient to review and
            acknowledge the flag.
          </p>
        </div>
        <div className="flex gap-2">
          {unread_count > 0 && <MarkReadButton all />}
          <Link
            href="/clinician/notifications/preferences"
            className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100"
          >
            Alert settings
          </Link>
        </div>
      </div>
      {notifications.length === 0 ? (
        <p className={cardVariants({ className: 'text-slate-700' })}>
          No notifications yet. When a flag on one of your patients needs review, it appears here.
        </p>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          aria-label="Notifications"
        >
          {notifications.map((n) => (
            <li
              key={n.id}
              data-testid="notification"
              data-read={n.read_at ? 'true' : 'false'}
              className={`flex flex-wrap items-center justify-between gap-3 p-3 ${n.read_at ? '' : 'bg-amber-50'}`}
            >
              <div>
                <p className={n.read_at ? 'text-slate-700' : 'font-semibold'}>
                  {TIER_LABELS[n.tier]} {KIND_TEXT[n.kind] ?? n.kind}
                  {!n.read_at && <span className="sr-only"> (unread)</span>}
                </p>
                <p className="text-sm text-slate-600">{formatDateTime(n.created_at)}</p>
              </div>
              <div className="flex items-center gap-2">
                <Link
                  href={`/clinician/patients/${n.patient_id}`}
                  className="text-sm font-medium text-brand-700 hover:underline"
                >
                  Open patient
                </Link>
                {!n.read_at && <MarkReadButton id={n.id} />}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
