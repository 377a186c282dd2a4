import Link from 'next/link';
import type { NotReportingList as NotReportingListData } from '@/lib/dal/not-reporting';
import { formatNight } from '@/lib/presentation/format';
import { NotReportingMark } from './not-reporting-mark';

/** The patient table, longest silent first: where the worklist sends a clinician for the rest of the list. */
const ALL_BY_LAST_ENTRY = '/clinician/patients?sort=last_entry&dir=asc';

/**
 * Patients on the care team who have stopped filling in the diary (and whose
 * reminders are paused): the longest silent, by name, and a link to the rest.
 */
export function NotReportingList({ list }: { list: NotReportingListData }) {
  const { patients, total } = list;
  if (total === 0) return null;
  const rest = total - patients.length;
  return (
    <section
      aria-labelledby="not-reporting-heading"
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50/50 p-4"
    >
      <h2 id="not-reporting-heading" className="flex items-center gap-2 text-base font-semibold">
        <NotReportingMark /> {total === 1 ? '1 patient' : `${total} patients`}
      </h2>
      <p className="text-sm text-slate-700">No diary entry for 3 nights in a row; their reminders are paused.</p>
      <ul className="space-y-1" aria-label="Patients not reporting">
        {patients.map((patient) => (
          <li key={patient.id} data-testid="not-reporting-patient">
            <Link href={`/clinician/patients/${patient.id}`} className="font-medium text-brand-700 underline">
              {patient.name}
            </Link>{' '}
            <span className="text-sm text-slate-600">
              {patient.last_entry_night ? `last entry ${formatNight(patient.last_entry_night)}` : 'no entries yet'}
            </span>
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <p className="text-sm" data-testid="not-reporting-more">
          The {patients.length} longest silent are named here;{' '}
          <Link href={ALL_BY_LAST_ENTRY} className="text-brand-700 underline">
            {rest === 1 ? 'see 1 more' : `see ${rest} more`} on the patient table, longest silent first
          </Link>
          .
        </p>
      ) : null}
    </section>
  );
}
