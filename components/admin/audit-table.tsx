import Link from 'next/link';
import { describeDetail, formatTimestamp } from '@/lib/presentation/table-format';
import { isUuid } from '@/lib/validation/ids';
import type { AuditEventView } from '@/lib/views/audit-event';
import { withParams } from './pager';
import {
  EmptyState,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { cardVariants } from '@/components/ui/card';

const ACCOUNT_TARGETS = /^(user|care_team)\./;

/** What the event acted on; account changes link to the account. */
function Target({ event }: { event: AuditEventView }) {
  const target = event.target_id;
  if (!target) return null;
  if (ACCOUNT_TARGETS.test(event.action) && isUuid(target)) {
    return (
      <div>
        <Link href={`/admin/users/${target}`} className="text-brand-700 hover:underline">
          Open account
        </Link>
      </div>
    );
  }
  return <div className="font-mono break-all text-slate-500">target {target}</div>;
}

/** Audit events, newest first; who and which patient link to the log filtered by them. */
export function AuditTable({ events, isFiltered }: { events: AuditEventView[]; isFiltered: boolean }) {
  if (events.length === 0) {
    return <EmptyState>{isFiltered ? 'No events match these filters.' : 'Nothing has been recorded yet.'}</EmptyState>;
  }
  return (
    <>
      <AuditCards events={events} />
      <TableContainer className="hidden sm:block">
        <Table data-testid="audit-table">
          <TableCaption>Audit events, newest first</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>When</TableHead>
              <TableHead>Done by</TableHead>
              <TableHead>Action</TableHead>
              <TableHead>Patient</TableHead>
              <TableHead>Details</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {events.map((event) => (
              <TableRow key={event.id}>
                <TableCell className="whitespace-nowrap font-mono text-xs">
                  <time dateTime={event.at.toISOString()}>{formatTimestamp(event.at)}</time>
                </TableCell>
                <TableCell>
                  <ActorLink event={event} />
                  {event.ip ? <div className="text-xs text-slate-500">{event.ip}</div> : null}
                </TableCell>
                <TableCell className="whitespace-nowrap font-mono text-xs">{event.action}</TableCell>
                <TableCell>
                  <PatientLink event={event} />
                </TableCell>
                <TableCell className="min-w-48 break-words text-xs text-slate-700">
                  {describeDetail(event.detail)}
                  <Target event={event} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

function ActorLink({ event }: { event: AuditEventView }) {
  if (!event.actor_email) return <span className="text-slate-500">system</span>;
  return (
    <Link
      href={withParams('/admin/audit', { actor: event.actor_email })}
      className="break-all text-brand-700 hover:underline"
    >
      {event.actor_email}
    </Link>
  );
}

function PatientLink({ event }: { event: AuditEventView }) {
  if (!event.patient_id) return <span className="text-slate-400">—</span>;
  return (
    <Link
      href={withParams('/admin/audit', { patient: event.patient_id })}
      className="break-all text-brand-700 hover:underline"
    >
      {event.patient_email ?? event.patient_id}
    </Link>
  );
}

/** On a phone, one card per event instead of a five-column table. */
function AuditCards({ events }: { events: AuditEventView[] }) {
  return (
    <ol className="space-y-2 sm:hidden" aria-label="Audit events, newest first">
      {events.map((event) => (
        <li key={event.id} className={cardVariants({ compact: true, className: 'space-y-1 text-sm shadow-sm' })}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-mono text-xs font-semibold">{event.action}</span>
            <time dateTime={event.at.toISOString()} className="font-mono text-xs text-slate-600">
              {formatTimestamp(event.at)}
            </time>
          </div>
          <div>
            <span className="text-slate-600">By </span>
            <ActorLink event={event} />
            {event.ip ? <span className="text-xs text-slate-500"> · {event.ip}</span> : null}
          </div>
          {event.patient_id ? (
            <div>
              <span className="text-slate-600">Patient </span>
              <PatientLink event={event} />
            </div>
          ) : null}
          <div className="text-xs break-words text-slate-700">
            {describeDetail(event.detail)}
            <Target event={event} />
          </div>
        </li>
      ))}
    </ol>
  );
}
