import Link from 'next/link';
import type { NotReportingPatient } from '@/lib/dal/not-reporting';
import { formatNight } from '@/lib/presentation/format';
import { NotReportingMark } from './not-reporting-mark';

/** Patients on the care team who have stopped filling in the diary (and whose reminders are paused). */
export function NotReportingList({ patients }: { patients: NotReportingPatient[] }) {
  if (patients.length === 0) return null;
  return (
    <section
      aria-labelledby="not-reporting-heading"
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50/50 p-4"
    >
      <h2 id="not-reporting-heading" className="flex items-center gap-2 text-base font-semibold">
        <NotReportingMark /> {patients.length === 1 ? '1 patient' : `${patients.length} patients`}
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
    </section>
  );
}
