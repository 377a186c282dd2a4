import Link from 'next/link';
import { ageOn, formatDate, pregnancyWeeks } from '@/lib/presentation/format';
import { CONDITION_LABELS, MEDICINE_LABELS, SEX_LABELS } from '@/lib/presentation/labels';
import type { PatientHeader as Header } from '@/lib/views/types';
import { cardVariants } from '@/components/ui/card';

function listOr(items: string[], empty: string): string {
  return items.length === 0 ? empty : items.join(', ');
}

interface PatientHeaderProps {
  header: Header;
  today: string;
  /** The shown range, passed on to the exports. */
  range: { from: string; to: string };
}

/** Who the patient is: age, sex, conditions, medicines and pregnancy, plus the exports. */
export function PatientHeader({ header, today, range }: PatientHeaderProps) {
  const age = ageOn(header.date_of_birth, today);
  const weeks = pregnancyWeeks(header.pregnancy_due_date, today);
  const exportQuery = `?from=${range.from}&to=${range.to}`;
  const base = `/clinician/patients/${header.id}`;
  return (
    <header className={cardVariants({ className: 'space-y-3' })}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{header.name}</h1>
          <p className="text-sm text-slate-600">{header.email}</p>
          {!header.active ? (
            <p className="mt-1 text-sm font-medium text-amber-800">This account is deactivated.</p>
          ) : null}
        </div>
        <nav aria-label="Exports" className="flex flex-wrap gap-2 text-sm">
          <a
            href={`${base}/export.csv${exportQuery}`}
            className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100"
          >
            CSV
          </a>
          <a
            href={`${base}/report.pdf${exportQuery}`}
            className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100"
          >
            PDF report
          </a>
          <a
            href={`${base}/fhir${exportQuery}`}
            className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100"
          >
            FHIR
          </a>
        </nav>
      </div>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="font-medium text-slate-700">Age and sex</dt>
          <dd data-testid="patient-age">
            {age === null ? 'Age not given' : `${age} years`}
            {header.date_of_birth ? ` (born ${formatDate(header.date_of_birth)})` : ''} ·{' '}
            {header.sex ? SEX_LABELS[header.sex] : SEX_LABELS.unknown}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">Conditions</dt>
          <dd>
            {listOr(
              header.conditions.map((code) => CONDITION_LABELS[code]),
              'None reported',
            )}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">Medicines</dt>
          <dd>
            {listOr(
              header.medicines.map((code) => MEDICINE_LABELS[code]),
              'None reported',
            )}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">Pregnancy</dt>
          <dd>
            {header.pregnancy_due_date && weeks !== null
              ? `About ${weeks} weeks; due ${formatDate(header.pregnancy_due_date)}`
              : 'Not pregnant'}
          </dd>
        </div>
      </dl>
      <p className="text-sm">
        <Link href="/clinician/patients" className="text-brand-700 underline">
          Back to all patients
        </Link>
      </p>
    </header>
  );
}
