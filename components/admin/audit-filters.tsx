import Link from 'next/link';
import type { AuditPageQuery } from '@/lib/validation/audit';
import { Field, Input } from '@/components/ui/field';
import { Button, buttonVariants } from '@/components/ui/button';
import { cardVariants } from '@/components/ui/card';

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
      className={cardVariants({ className: 'space-y-3' })}
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <Field id="audit-patient" label="Patient" hint="Email or patient id">
          {(control) => <Input {...control} name="patient" defaultValue={values.patient ?? ''} />}
        </Field>
        <Field id="audit-actor" label="Done by" hint="Email or account id">
          {(control) => <Input {...control} name="actor" defaultValue={values.actor ?? ''} />}
        </Field>
        <Field id="audit-action" label="Action" hint="End with * for a family, e.g. auth.*">
          {(control) => (
            <>
              <Input {...control} name="action" list="audit-actions" defaultValue={values.action ?? ''} />
              <datalist id="audit-actions">
                {actions.map((action) => (
                  <option key={action} value={action} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field id="audit-from" label="From">
          {(control) => <Input {...control} name="from" type="date" defaultValue={values.from ?? ''} />}
        </Field>
        <Field id="audit-to" label="To">
          {(control) => <Input {...control} name="to" type="date" defaultValue={values.to ?? ''} />}
        </Field>
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
