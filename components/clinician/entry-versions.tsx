import type { EntryRow } from './entry-row';

/** "Edited" marker on an entry, opening onto each earlier version and what the next one changed. */
export function EntryVersions({ row }: { row: EntryRow }) {
  return (
    <details className="mt-1 text-xs" data-testid="entry-versions">
      <summary className="cursor-pointer rounded border border-violet-300 bg-violet-50 px-1.5 py-0.5 text-violet-900">
        Edited (version {row.version})
      </summary>
      <ol className="mt-2 w-64 space-y-2">
        {row.history.map((step) => (
          <li key={step.version} className="rounded border border-slate-200 bg-white p-2">
            <p className="font-medium">
              Version {step.version}, recorded {step.recorded_label}
            </p>
            {step.changes.length === 0 ? (
              <p className="text-slate-600">Resubmitted without changes.</p>
            ) : (
              <ul className="mt-1 space-y-0.5">
                {step.changes.map((change) => (
                  <li key={change.field}>
                    {change.label}: <span className="line-through decoration-slate-400">{change.before}</span> →{' '}
                    {change.after}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
        <li className="text-slate-600">
          Current version {row.version}, saved {row.updated_label}.
        </li>
      </ol>
    </details>
  );
}
