import Link from 'next/link';
import { ROLE_LABELS } from '@/lib/presentation/labels';
import { can } from '@/lib/auth/permissions';
import type { AdminUser } from '@/lib/dal/users';
import { StatusBadge } from './status-badge';
import {
  EmptyState,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';

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
    return <EmptyState>{isFiltered ? 'No accounts match these filters.' : 'There are no accounts yet.'}</EmptyState>;
  }
  return (
    <TableContainer>
      <Table data-testid="users-table">
        <TableCaption>Accounts</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Account</TableHead>
            <TableHead className="hidden sm:table-cell">Role</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="hidden sm:table-cell">Care team</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((user) => (
            <TableRow key={user.id}>
              <TableCell>
                <Link href={`/admin/users/${user.id}`} className="font-medium text-brand-700 hover:underline">
                  {user.name}
                </Link>
                <div className="break-all text-slate-600">{user.email}</div>
                {/* On a phone, role and team sit under the name instead of in their own columns. */}
                <div className="text-xs text-slate-600 sm:hidden">
                  {[ROLE_LABELS[user.role], teamText(user, teamSizes)].filter((part) => part !== '—').join(' · ')}
                </div>
              </TableCell>
              <TableCell className="hidden sm:table-cell">{ROLE_LABELS[user.role]}</TableCell>
              <TableCell>
                <StatusBadge active={user.active} />
              </TableCell>
              <TableCell className="hidden whitespace-nowrap text-slate-700 sm:table-cell">
                {teamText(user, teamSizes)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
