/** Grey placeholders while a patient page loads; announced once as "Loading". */
export function PageSkeleton({ blocks = 3, label = 'Loading' }: { blocks?: number; label?: string }) {
  return (
    <div className="space-y-4" role="status" aria-label={label}>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      {Array.from({ length: blocks }, (_, index) => (
        <div key={index} className="h-32 animate-pulse rounded-lg bg-slate-200" />
      ))}
      <span className="sr-only">{label}…</span>
    </div>
  );
}
