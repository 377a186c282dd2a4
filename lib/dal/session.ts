import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { can, type Permission } from '../auth/permissions';
import { getRequestIp } from '../auth/request-ip';
import { sessionIdFromCookie } from '../auth/session-cookie';
import type { Actor } from './actor';
import { findLiveSession, type LiveSession } from './sessions';

/** Where a signed-in user who still has to set up a second factor is sent. */
export const ENROL_PATH = '/account/security';

/**
 * The live session behind this request's cookie, or null. The cookie only
 * names a session: the row decides (revoked, expired or deactivated → null),
 * so sign-out and "sign out everywhere" take effect at once. Cached per render
 * so layouts and pages share one lookup.
 */
export const getSession = cache(async (): Promise<LiveSession | null> => {
  const requestHeaders = await headers();
  const sessionId = await sessionIdFromCookie(requestHeaders);
  if (!sessionId) return null;
  return findLiveSession(await getDb(), sessionId, getRequestIp(requestHeaders));
});

/** The signed-in actor, or null — also null while the account must first enrol a second factor. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getSession();
  return session && !session.mustEnrolSecondFactor ? session.actor : null;
});

/** For pages: the actor, or a redirect to /login (or to enrolment, when that comes first). */
export async function requireActor(): Promise<Actor> {
  const session = await getSession();
  if (!session) redirect('/login');
  if (session.mustEnrolSecondFactor) redirect(ENROL_PATH);
  return session.actor;
}

/** For pages and layouts: the actor holding `permission`, else /login or a 403 page. */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.role, permission)) forbidden();
  return actor;
}
