import { cardVariants } from '@/components/ui/card';

/** Grey placeholders shown while a clinician page loads; announced once as "Loading". */
function Bar({ className }: { className: string }) {
  return <div className={`animate-pulse rounded bg-slate-200 ${className}`} />;
}

export function ListSkeleton({ title }: { title: string }) {
  return (
    <div className="space-y-6" role="status" aria-label={`Loading ${title.toLowerCase()}`}>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <Bar key={i} className="h-16" />
        ))}
      </div>
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className={cardVariants({ className: 'space-y-3' })}>
          <Bar className="h-4 w-32" />
          <Bar className="h-5 w-2/3" />
          <Bar className="h-4 w-full" />
        </div>
      ))}
    </div>
  );
}

export function TableSkeleton({ title, columns = 8, rows = 10 }: { title: string; columns?: number; rows?: number }) {
  return (
    <div className="space-y-4" role="status" aria-label={`Loading ${title.toLowerCase()}`}>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <Bar className="h-10 w-full max-w-xl" />
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
        <div className="flex gap-4 bg-slate-100 px-3 py-3">
          {Array.from({ length: columns }, (_, i) => (
            <Bar key={i} className="h-4 flex-1" />
          ))}
        </div>
        {Array.from({ length: rows }, (_, r) => (
          <div key={r} className="flex gap-4 border-t border-slate-200 px-3 py-3">
            {Array.from({ length: columns }, (_, c) => (
              <Bar key={c} className="h-4 flex-1" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

export function PatientSkeleton() {
  return (
    <div className="space-y-6" role="status" aria-label="Loading patient record">
      <Bar className="h-8 w-64" />
      <Bar className="h-20 w-full" />
      <div className="grid gap-4 lg:grid-cols-2">
        {Array.from({ length: 4 }, (_, i) => (
          <Bar key={i} className="h-56" />
        ))}
      </div>
      <Bar className="h-64 w-full" />
    </div>
  );
}
