import 'server-only';
import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { patients, users } from '@/db/schema';
import { auth } from '../auth/auth';
import { SESSION_MAX_AGE_SECONDS } from '../auth/auth.config';
import { can, type Permission } from '../auth/permissions';
import { getRequestIp } from '../auth/request-ip';
import type { Actor } from './actor';

/**
 * The signed-in actor for this request, or null. The account is re-read on
 * every request so a deactivation or password reset takes effect at once.
 * Cached per render so layouts and pages share one lookup.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) return null;
  // Absolute lifetime: activity never stretches a session past 12 hours.
  if (Date.now() - user.signedInAt > SESSION_MAX_AGE_SECONDS * 1000) return null;
  const db = await getDb();
  const [row] = await db
    .select({ user: users, patientId: patients.id })
    .from(users)
    .leftJoin(patients, eq(patients.userId, users.id))
    .where(eq(users.id, user.id))
    .limit(1);
  if (!row?.user.active) return null;
  if (row.user.sessionsValidAfter.getTime() > user.signedInAt) return null;
  return {
    userId: row.user.id,
    email: row.user.email,
    name: row.user.name,
    role: row.user.role,
    patientId: row.patientId,
    ip: getRequestIp(await headers()),
  };
});

/** For pages: the actor, or a redirect to /login. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  return actor;
}

/** For pages and layouts: the actor holding `permission`, else /login or a 403 page. */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.role, permission)) forbidden();
  return actor;
}
