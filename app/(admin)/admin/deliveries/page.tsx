import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { inputClass, labelClass, tableClass, tableWrapClass, tdClass, thClass } from '@/components/admin/styles';
import { formatDateTime } from '@/lib/presentation/format';
import { listDeliveries, readDeliveryCursor } from '@/lib/dal/deliveries';
import { requirePagePermission } from '@/lib/dal/session';
import { CHANNEL_LABELS, DELIVERY_STATUSES, NOTIFICATION_CHANNELS } from '@/lib/notify/delivery-codes';
import { deliveryFilterSchema } from '@/lib/validation/notifications';
import { parseQueryLenient, type SearchParams } from '@/lib/validation/query-params';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Delivery log' };

const KIND_LABELS: Record<string, string> = {
  flag_raised: 'Flag raised',
  flag_escalated: 'Flag escalated',
  flag_overdue: 'Flag overdue',
  diary_reminder: 'Diary reminder',
};

const STATUS_STYLES: Record<string, string> = {
  sent: 'bg-green-100 text-green-900',
  queued: 'bg-slate-100 text-slate-800',
  retried: 'bg-amber-100 text-amber-900',
  failed: 'bg-red-100 text-red-900',
};

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('notifications:manage');
  const parsed = parseQueryLenient(deliveryFilterSchema, await searchParams);
  // A page drops a cursor it did not give out (the API answers 422 instead).
  const filter = parsed.cursor && !readDeliveryCursor(parsed.cursor) ? { ...parsed, cursor: undefined } : parsed;
  const page = await listDeliveries(await getDb(), actor, filter);
  const next = new URLSearchParams({
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.channel ? { channel: filter.channel } : {}),
    ...(page.next_cursor ? { cursor: page.next_cursor } : {}),
  });
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Delivery log</h1>
        <p className="text-slate-700">
          Every alert and reminder sent, newest first. A failed delivery never changes or hides the flag it was about.
        </p>
      </div>
      <form method="get" action="/admin/deliveries" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="status" className={labelClass}>
            Status
          </label>
          <select id="status" name="status" defaultValue={filter.status ?? ''} className={inputClass}>
            <option value="">Any</option>
            {DELIVERY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="channel" className={labelClass}>
            Channel
          </label>
          <select id="channel" name="channel" defaultValue={filter.channel ?? ''} className={inputClass}>
            <option value="">Any</option>
            {NOTIFICATION_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="primary">
          Filter
        </Button>
      </form>
      {page.deliveries.length === 0 ? (
        <p className="text-slate-700">No deliveries match.</p>
      ) : (
        <div className={tableWrapClass}>
          <table className={tableClass} aria-label="Deliveries">
            <thead>
              <tr>
                <th className={thClass}>Created</th>
                <th className={thClass}>What</th>
                <th className={thClass}>Channel</th>
                <th className={thClass}>Status</th>
                <th className={thClass}>Attempts</th>
                <th className={thClass}>Sent</th>
                <th className={thClass}>Last error</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.deliveries.map((d) => (
                <tr key={d.id} data-testid="delivery-row">
                  <td className={tdClass}>{formatDateTime(d.created_at)}</td>
                  <td className={tdClass}>{KIND_LABELS[d.kind] ?? d.kind}</td>
                  <td className={tdClass}>{CHANNEL_LABELS[d.channel]}</td>
                  <td className={tdClass}>
                    <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLES[d.status] ?? ''}`}>
                      {d.status}
                    </span>
                  </td>
                  <td className={tdClass}>{d.attempts}</td>
                  <td className={tdClass}>{d.sent_at ? formatDateTime(d.sent_at) : '—'}</td>
                  <td className={tdClass}>{d.last_error ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.next_cursor && (
        <Link href={`/admin/deliveries?${next}`} className="font-medium text-brand-700 hover:underline">
          Older deliveries
        </Link>
      )}
    </div>
  );
}
