import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { formatDateTime } from '@/lib/presentation/format';
import { listDeliveries, readDeliveryCursor } from '@/lib/dal/deliveries';
import { requirePagePermission } from '@/lib/dal/session';
import { CHANNEL_LABELS, DELIVERY_STATUSES, NOTIFICATION_CHANNELS } from '@/lib/notify/delivery-codes';
import { deliveryFilterSchema } from '@/lib/validation/notifications';
import { parseQueryLenient, type SearchParams } from '@/lib/validation/query-params';
import { Badge, type BadgeVariant } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, Select } from '@/components/ui/field';
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeader, TableRow } from '@/components/ui/table';

export const metadata: Metadata = { title: 'Delivery log' };

const KIND_LABELS: Record<string, string> = {
  flag_raised: 'Flag raised',
  flag_escalated: 'Flag escalated',
  flag_overdue: 'Flag overdue',
  diary_reminder: 'Diary reminder',
};

const STATUS_BADGES: Record<string, BadgeVariant> = {
  sent: 'success',
  queued: 'neutral',
  retried: 'caution',
  failed: 'danger',
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
        <Field id="status" label="Status">
          {(control) => (
            <Select {...control} name="status" defaultValue={filter.status ?? ''}>
              <option value="">Any</option>
              {DELIVERY_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {status}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="channel" label="Channel">
          {(control) => (
            <Select {...control} name="channel" defaultValue={filter.channel ?? ''}>
              <option value="">Any</option>
              {NOTIFICATION_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {CHANNEL_LABELS[channel]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" variant="primary">
          Filter
        </Button>
      </form>
      {page.deliveries.length === 0 ? (
        <p className="text-slate-700">No deliveries match.</p>
      ) : (
        <TableContainer>
          <Table aria-label="Deliveries">
            <TableHeader>
              <TableRow>
                <TableHead>Created</TableHead>
                <TableHead>What</TableHead>
                <TableHead>Channel</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Attempts</TableHead>
                <TableHead>Sent</TableHead>
                <TableHead>Last error</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.deliveries.map((d) => (
                <TableRow key={d.id} data-testid="delivery-row">
                  <TableCell>{formatDateTime(d.created_at)}</TableCell>
                  <TableCell>{KIND_LABELS[d.kind] ?? d.kind}</TableCell>
                  <TableCell>{CHANNEL_LABELS[d.channel]}</TableCell>
                  <TableCell>
                    <Badge variant={STATUS_BADGES[d.status] ?? 'neutral'}>{d.status}</Badge>
                  </TableCell>
                  <TableCell>{d.attempts}</TableCell>
                  <TableCell>{d.sent_at ? formatDateTime(d.sent_at) : '—'}</TableCell>
                  <TableCell>{d.last_error ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {page.next_cursor && (
        <Link href={`/admin/deliveries?${next}`} className="font-medium text-brand-700 hover:underline">
          Older deliveries
        </Link>
      )}
    </div>
  );
}
