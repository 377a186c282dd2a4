import Link from 'next/link';

/**
 * Keyset paging: a link to the next page, and back to the first once paged.
 * `hrefFor(cursor)` builds the URL keeping the current filters.
 */
export function Pager({
  nextCursor,
  isFirstPage,
  hrefFor,
  nextLabel = 'Next page',
}: {
  nextCursor: string | null;
  isFirstPage: boolean;
  hrefFor: (cursor: string | null) => string;
  nextLabel?: string;
}) {
  if (!nextCursor && isFirstPage) return null;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      {isFirstPage ? (
        <span />
      ) : (
        <Link href={hrefFor(null)} className="font-medium text-brand-700 hover:underline">
          ← First page
        </Link>
      )}
      {nextCursor ? (
        <Link href={hrefFor(nextCursor)} className="font-medium text-brand-700 hover:underline">
          {nextLabel} →
        </Link>
      ) : (
        <span className="text-slate-500">End of the list</span>
      )}
    </nav>
  );
}

/** A URL with the given query parameters, leaving out empty ones. */
export function withParams(path: string, params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
