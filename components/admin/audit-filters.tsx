import Link from 'next/link';
import type { AuditPageQuery } from '@/lib/validation/audit';
import { hintClass, inputClass, labelClass } from './styles';
import { Button, buttonVariants } from '@/components/ui/button';

/** Filter the audit log; a GET form so a filtered view can be bookmarked, and the CSV link keeps the filters. */
export function AuditFilters({
  values,
  actions,
  exportHref,
}: {
  values: Omit<AuditPageQuery, 'cursor'>;
  actions: string[];
  exportHref: string;
}) {
  return (
    <form
      method="get"
      action="/admin/audit"
      role="search"
      aria-label="Filter the audit log"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <label htmlFor="audit-patient" className={labelClass}>
            Patient
          </label>
          <input
            id="audit-patient"
            name="patient"
            defaultValue={values.patient ?? ''}
            className={inputClass}
            aria-describedby="audit-patient-hint"
          />
          <p id="audit-patient-hint" className={hintClass}>
            Email or patient id
          </p>
        </div>
        <div>
          <label htmlFor="audit-actor" className={labelClass}>
            Done by
          </label>
          <input
            id="audit-actor"
            name="actor"
            defaultValue={values.actor ?? ''}
            className={inputClass}
            aria-describedby="audit-actor-hint"
          />
          <p id="audit-actor-hint" className={hintClass}>
            Email or account id
          </p>
        </div>
        <div>
          <label htmlFor="audit-action" className={labelClass}>
            Action
          </label>
          <input
            id="audit-action"
            name="action"
            list="audit-actions"
            defaultValue={values.action ?? ''}
            className={inputClass}
            aria-describedby="audit-action-hint"
          />
          <datalist id="audit-actions">
            {actions.map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
          <p id="audit-action-hint" className={hintClass}>
            End with * for a family, e.g. auth.*
          </p>
        </div>
        <div>
          <label htmlFor="audit-from" className={labelClass}>
            From
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={values.from ?? ''} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className={labelClass}>
            To
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={values.to ?? ''} className={inputClass} />
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary">
          Filter
        </Button>
        <Link href="/admin/audit" className={buttonVariants({ variant: 'secondary' })}>
          Clear
        </Link>
        <a href={exportHref} className={buttonVariants({ variant: 'secondary', className: 'sm:ml-auto' })} download>
          Download CSV
        </a>
      </div>
    </form>
  );
}
