import 'server-only';
import { and, asc, eq, gt, ilike, or } from 'drizzle-orm';
import { patients, users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Role } from '../auth/permissions';
import type { Actor } from './actor';
import { assertCan } from './actor';

export const USERS_PAGE_SIZE = 50;

export interface UserListFilter {
  role?: Role;
  query?: string;
  /** The last email of the previous page. */
  cursor?: string;
}

/** Accounts for administrators, ordered by email, keyset-paged. */
export async function listUsers(db: Database, actor: Actor, filter: UserListFilter = {}) {
  assertCan(actor, 'users:manage');
  const pattern = filter.query ? `%${escapeLike(filter.query.trim())}%` : undefined;
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      patient_id: patients.id,
    })
    .from(users)
    .leftJoin(patients, eq(patients.userId, users.id))
    .where(
      and(
        filter.role ? eq(users.role, filter.role) : undefined,
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

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}
