import Link from 'next/link';
import { Field, Input, Select } from '@/components/ui/field';
import { RoleOptions } from './role-options';
import { Button, buttonVariants } from '@/components/ui/button';
import { cardVariants } from '@/components/ui/card';

interface Values {
  query?: string;
  role?: string;
  status?: string;
}

/** Search and filter the accounts list; a plain GET form, so results are linkable and need no script. */
export function UserFilters({ values }: { values: Values }) {
  return (
    <form
      method="get"
      action="/admin/users"
      role="search"
      aria-label="Find accounts"
      className={cardVariants({ className: 'grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end' })}
    >
      <Field id="filter-query" label="Name or email">
        {(control) => <Input {...control} name="query" type="search" defaultValue={values.query ?? ''} />}
      </Field>
      <Field id="filter-role" label="Role">
        {(control) => (
          <Select {...control} name="role" defaultValue={values.role ?? ''}>
            <option value="">All roles</option>
            <RoleOptions />
          </Select>
        )}
      </Field>
      <Field id="filter-status" label="Status">
        {(control) => (
          <Select {...control} name="status" defaultValue={values.status ?? ''}>
            <option value="">Any status</option>
            <option value="active">Active</option>
            <option value="inactive">Deactivated</option>
          </Select>
        )}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          Search
        </Button>
        <Link href="/admin/users" className={buttonVariants({ variant: 'secondary' })}>
          Clear
        </Link>
      </div>
    </form>
  );
}
