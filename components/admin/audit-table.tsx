import Link from 'next/link';
import { describeDetail, formatTimestamp } from '@/lib/admin/format';
import type { AuditEventView } from '@/lib/dal/audit-log';
import { withParams } from './pager';
import { tableClass, tableWrapClass, tdClass, thClass } from './styles';

/** Audit events, newest first; who and which patient link to the log filtered by them. */
export function AuditTable({ events, isFiltered }: { events: AuditEventView[]; isFiltered: boolean }) {
  if (events.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-slate-600">
        {isFiltered ? 'No events match these filters.' : 'Nothing has been recorded yet.'}
      </p>
    );
  }
  return (
    <div className={tableWrapClass}>
      <table className={tableClass} data-testid="audit-table">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={thClass}>
              When
            </th>
            <th scope="col" className={thClass}>
              Done by
            </th>
            <th scope="col" className={thClass}>
              Action
            </th>
            <th scope="col" className={thClass}>
              Patient
            </th>
            <th scope="col" className={thClass}>
              Details
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {events.map((event) => (
            <tr key={event.id}>
              <td className={`${tdClass} whitespace-nowrap font-mono text-xs`}>
                <time dateTime={event.at.toISOString()}>{formatTimestamp(event.at)}</time>
              </td>
              <td className={tdClass}>
                {event.actor_email ? (
                  <Link
                    href={withParams('/admin/audit', { actor: event.actor_email })}
                    className="break-all text-brand-700 hover:underline"
                  >
                    {event.actor_email}
                  </Link>
                ) : (
                  <span className="text-slate-500">system</span>
                )}
                {event.ip ? <div className="text-xs text-slate-500">{event.ip}</div> : null}
              </td>
              <td className={`${tdClass} whitespace-nowrap font-mono text-xs`}>{event.action}</td>
              <td className={tdClass}>
                {event.patient_id ? (
                  <Link
                    href={withParams('/admin/audit', { patient: event.patient_id })}
                    className="break-all text-brand-700 hover:underline"
                  >
                    {event.patient_email ?? event.patient_id}
                  </Link>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </td>
              <td className={`${tdClass} min-w-48 break-words text-xs text-slate-700`}>
                {describeDetail(event.detail)}
                {event.target_id ? <div className="font-mono text-slate-500">target {event.target_id}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
