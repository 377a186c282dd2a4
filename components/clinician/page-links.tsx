import Link from 'next/link';

interface PageLinksProps {
  /** 1-based. */
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label: string;
}

const linkClass = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100';
const disabledClass = 'rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400';

/** Previous/next links for a server-paged list; plain links, so they work without script. */
export function PageLinks({ page, pageCount, hrefFor, label }: PageLinksProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
          Previous
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          Previous
        </span>
      )}
      <span className="px-1 text-slate-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
          Next
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          Next
        </span>
      )}
    </nav>
  );
}
