import { cardVariants } from '@/components/ui/card';

/** Loading placeholder for an admin page: a heading, a filter bar and table rows. */
export function TableSkeleton({ title, rows = 8 }: { title: string; rows?: number }) {
  return (
    <div className="space-y-4" aria-busy="true">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="sr-only" role="status">
        Loading…
      </p>
      <div className="h-20 animate-pulse rounded-lg bg-slate-200/70" />
      <div className={cardVariants({ compact: true, className: 'space-y-2' })}>
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className="h-6 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
