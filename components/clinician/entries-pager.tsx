import Link from 'next/link';
import { buttonVariants } from '@/components/ui/button';
import { ENTRIES_PAGE } from '@/lib/validation/range-days';

/**
 * Under the entries table: how many of the range's entries are shown and
 * links for the next 30 or all of them (`?entries=`), keeping the range. The
 * page sends only the rows it shows (BENCHMARKS.md, "Patient page").
 */
export function EntriesPager({
  patientId,
  days,
  shown,
  total,
}: {
  patientId: string;
  days: number;
  shown: number;
  total: number;
}) {
  if (shown >= total) return null;
  const href = (entries: number | 'all') =>
    `/clinician/patients/${patientId}?range=${days}&entries=${entries}#entries-heading`;
  return (
    <nav aria-label="More diary entries" className="flex flex-wrap items-center gap-3 text-sm">
      <p className="text-slate-600" data-testid="entries-shown">
        Showing the newest {shown} of {total} entries.
      </p>
      <Link
        href={href(Math.min(total, shown + ENTRIES_PAGE))}
        className={buttonVariants({ variant: 'outline', size: 'sm' })}
      >
        Show {Math.min(ENTRIES_PAGE, total - shown)} more
      </Link>
      <Link href={href('all')} className={buttonVariants({ variant: 'outline', size: 'sm' })}>
        Show all {total}
      </Link>
    </nav>
  );
}
