import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import type { Database } from '@/db/types';
import { can, type Permission } from '../auth/permissions';
import type { Actor } from '../dal/actor';
import { ENROL_PATH, getSession } from '../dal/session';
import { findUnstorableText, UNSAFE_TEXT_MESSAGE } from '../validation/text';
import { crossSiteRefusal } from './cross-site';
import { errorResponse, jsonError, NO_STORE } from './respond';

export interface ApiContext<P> {
  request: NextRequest;
  actor: Actor;
  db: Database;
  params: P;
}

/**
 * Wraps an API route handler: refuses a state-changing request from another
 * site (403) or with a body that is not JSON (415) before anything else
 * (lib/api/cross-site.ts), resolves the session (401 JSON without a live
 * one; 403 while the account must first enrol a second factor), checks the
 * role's permission (403), refuses query parameters the database could not
 * store (422 naming the parameter), and turns data-layer errors into their
 * statuses. Every answer is `Cache-Control: no-store`. Scoping to the actor's
 * own records stays in lib/dal.
 */
export function apiRoute<P = Record<string, never>>(
  permission: Permission | null,
  handler: (context: ApiContext<P>) => Promise<NextResponse>,
) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<NextResponse> => {
    const refused = crossSiteRefusal(request, { requireJson: true });
    if (refused) return refused;
    try {
      const session = await getSession();
      if (!session) return jsonError(401, 'Sign in required');
      if (session.mustEnrolSecondFactor) {
        return jsonError(403, `Set up two-step sign-in at ${ENROL_PATH} before using the API`);
      }
      const { actor } = session;
      if (permission && !can(actor.role, permission)) return jsonError(403, 'Your role may not do this');
      const unstorable = findUnstorableText(Object.fromEntries(request.nextUrl.searchParams));
      if (unstorable !== null) {
        return jsonError(422, 'Some query parameters are not valid.', { [unstorable]: UNSAFE_TEXT_MESSAGE });
      }
      const response = await handler({ request, actor, db: await getDb(), params: await context.params });
      // Downloads already say `no-store, private`; everything else gets plain no-store.
      if (!response.headers.get('cache-control')?.includes(NO_STORE)) response.headers.set('Cache-Control', NO_STORE);
      return response;
    } catch (error) {
      return errorResponse(error);
    }
  };
}
