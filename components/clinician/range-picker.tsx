import Link from 'next/link';
import { RANGE_OPTIONS } from '@/lib/validation/range-days';

/** 30 / 90 / 365 nights, as links so the range lives in the URL. */
export function RangePicker({ patientId, days }: { patientId: string; days: number }) {
  return (
    <nav aria-label="Range of nights" className="flex flex-wrap gap-2 text-sm">
      {RANGE_OPTIONS.map((option) => (
        <Link
          key={option}
          href={`/clinician/patients/${patientId}?range=${option}`}
          aria-current={option === days ? 'page' : undefined}
          scroll={false}
          className={`rounded-full border px-3 py-1 ${
            option === days
              ? 'border-brand-700 bg-brand-700 text-white'
              : 'border-slate-300 bg-white hover:bg-slate-100'
          }`}
        >
          {option} nights
        </Link>
      ))}
    </nav>
  );
}
