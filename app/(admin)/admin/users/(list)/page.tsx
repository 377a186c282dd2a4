import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { UserFilters } from '@/components/admin/user-filters';
import { UsersTable } from '@/components/admin/users-table';
import { Pager, withParams } from '@/components/admin/pager';
import { countCareTeams } from '@/lib/dal/care-team-admin';
import { requirePagePermission } from '@/lib/dal/session';
import { listUsers } from '@/lib/dal/users';
import { userListQuerySchema } from '@/lib/validation/accounts';
import { parseQueryLenient, type SearchParams } from '@/lib/validation/query-params';
import { buttonVariants } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Accounts' };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('users:manage');
  const query = parseQueryLenient(userListQuerySchema, await searchParams);
  const db = await getDb();
  const { users, next_cursor } = await listUsers(db, actor, query);
  const teamSizes = await countCareTeams(db, actor, {
    userIds: users.map((user) => user.id),
    patientIds: users.flatMap((user) => (user.patient_id ? [user.patient_id] : [])),
  });
  const filters = { query: query.query, role: query.role, status: query.status };
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Accounts</h1>
        <Link href="/admin/users/new" className={buttonVariants()}>
          New account
        </Link>
      </div>
      <UserFilters values={filters} />
      <UsersTable users={users} teamSizes={teamSizes} isFiltered={Boolean(query.query || query.role || query.status)} />
      <Pager
        nextCursor={next_cursor}
        isFirstPage={!query.cursor}
        hrefFor={(cursor) => withParams('/admin/users', { ...filters, cursor })}
      />
    </div>
  );
}
