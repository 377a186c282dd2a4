import 'server-only';
import { and, asc, eq, gt, ilike, or } from 'drizzle-orm';
import { patients, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Role } from '../auth/permissions';
import { NotFoundError } from '../errors';
import type { Actor } from './actor';
import { assertCan } from './actor';
import { recordAudit } from './audit';
import { isUuid } from '../validation/ids';

export const USERS_PAGE_SIZE = 50;

export interface UserListFilter {
  role?: Role;
  status?: 'active' | 'inactive';
  query?: string;
  /** The last email of the previous page. */
  cursor?: string;
}

/** An account as administrators and the admin API see it (docs/contract.md, "JSON API"). */
export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  /** The patient record's id for diary-keeping accounts, else null. */
  patient_id: string | null;
}

export interface AdminUserDetail extends AdminUser {
  created_at: Date;
  updated_at: Date;
}

const adminUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  patient_id: patients.id,
};

/** Accounts for administrators, ordered by email, keyset-paged; `query` matches name or email. */
export async function listUsers(
  db: Database,
  actor: Actor,
  filter: UserListFilter = {},
): Promise<{ users: AdminUser[]; next_cursor: string | null }> {
  assertCan(actor, 'users:manage');
  const query = filter.query?.trim();
  const pattern = query ? `%${escapeLike(query)}%` : undefined;
  const rows = await db
    .select(adminUserColumns)
    .from(users)
    .leftJoin(patients, eq(patients.userId, users.id))
    .where(
      and(
        filter.role ? eq(users.role, filter.role) : undefined,
        filter.status ? eq(users.active, filter.status === 'active') : undefined,
        pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined,
        filter.cursor ? gt(users.email, filter.cursor) : undefined,
      ),
    )
    .orderBy(asc(users.email))
    .limit(USERS_PAGE_SIZE + 1);
  const page = rows.slice(0, USERS_PAGE_SIZE);
  const next = rows.length > USERS_PAGE_SIZE ? (page.at(-1)?.email ?? null) : null;
  return { users: page, next_cursor: next };
}

/** One account, without auditing: for the data layer's own checks. Unknown or malformed ids are 404. */
export async function findUser(db: Database, actor: Actor, userId: string): Promise<AdminUserDetail> {
  assertCan(actor, 'users:manage');
  if (!isUuid(userId)) throw new NotFoundError('Account not found');
  const [row] = await db
    .select({ ...adminUserColumns, created_at: users.createdAt, updated_at: users.updatedAt })
    .from(users)
    .leftJoin(patients, eq(patients.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) throw new NotFoundError('Account not found');
  return row;
}

/** One account for an administrator's screen; the view is audited (it shows who someone is and who cares for them). */
export async function viewUser(db: Database, actor: Actor, userId: string): Promise<AdminUserDetail> {
  const user = await findUser(db, actor, userId);
  await recordAudit(db, actor, { action: 'user.view', targetId: user.id, patientId: user.patient_id });
  return user;
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}
