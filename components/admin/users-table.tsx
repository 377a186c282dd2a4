import Link from 'next/link';
import { ROLE_LABELS } from '@/lib/presentation/labels';
import { can } from '@/lib/auth/permissions';
import type { AdminUser } from '@/lib/dal/users';
import { StatusBadge } from './status-badge';
import { tableClass, tableWrapClass, tdClass, thClass } from './styles';

function teamText(user: AdminUser, teamSizes: Map<string, number>): string {
  if (user.patient_id) {
    const n = teamSizes.get(user.patient_id) ?? 0;
    return n === 0 ? 'No clinician yet' : `${n} clinician${n === 1 ? '' : 's'}`;
  }
  if (can(user.role, 'patients:read')) {
    const n = teamSizes.get(user.id) ?? 0;
    return `${n} patient${n === 1 ? '' : 's'}`;
  }
  return '—';
}

/** The accounts list: who, role, whether they can sign in, and the size of their care team. */
export function UsersTable({
  users,
  teamSizes,
  isFiltered,
}: {
  users: AdminUser[];
  teamSizes: Map<string, number>;
  isFiltered: boolean;
}) {
  if (users.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-slate-600">
        {isFiltered ? 'No accounts match these filters.' : 'There are no accounts yet.'}
      </p>
    );
  }
  return (
    <div className={tableWrapClass}>
      <table className={tableClass} data-testid="users-table">
        <caption className="sr-only">Accounts</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={thClass}>
              Account
            </th>
            <th scope="col" className={`${thClass} hidden sm:table-cell`}>
              Role
            </th>
            <th scope="col" className={thClass}>
              Status
            </th>
            <th scope="col" className={`${thClass} hidden sm:table-cell`}>
              Care team
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => (
            <tr key={user.id}>
              <td className={tdClass}>
                <Link href={`/admin/users/${user.id}`} className="font-medium text-brand-700 hover:underline">
                  {user.name}
                </Link>
                <div className="break-all text-slate-600">{user.email}</div>
                {/* On a phone, role and team sit under the name instead of in their own columns. */}
                <div className="text-xs text-slate-600 sm:hidden">
                  {[ROLE_LABELS[user.role], teamText(user, teamSizes)].filter((part) => part !== '—').join(' · ')}
                </div>
              </td>
              <td className={`${tdClass} hidden sm:table-cell`}>{ROLE_LABELS[user.role]}</td>
              <td className={tdClass}>
                <StatusBadge active={user.active} />
              </td>
              <td className={`${tdClass} hidden whitespace-nowrap text-slate-700 sm:table-cell`}>
                {teamText(user, teamSizes)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
