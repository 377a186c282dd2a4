import Link from 'next/link';
import { ROLES } from '@/lib/auth/permissions';
import { ROLE_LABELS } from '@/lib/presentation/labels';
import { inputClass, labelClass } from './styles';
import { Button, buttonVariants } from '@/components/ui/button';

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
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
    >
      <div>
        <label htmlFor="filter-query" className={labelClass}>
          Name or email
        </label>
        <input id="filter-query" name="query" type="search" defaultValue={values.query ?? ''} className={inputClass} />
      </div>
      <div>
        <label htmlFor="filter-role" className={labelClass}>
          Role
        </label>
        <select id="filter-role" name="role" defaultValue={values.role ?? ''} className={inputClass}>
          <option value="">All roles</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className={labelClass}>
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={values.status ?? ''} className={inputClass}>
          <option value="">Any status</option>
          <option value="active">Active</option>
          <option value="inactive">Deactivated</option>
        </select>
      </div>
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
