import 'server-only';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import type { Database } from '@/db/types';
import { can, type Permission } from '../auth/permissions';
import type { Actor } from '../dal/actor';
import { getSession } from '../dal/session';
import { isAppError, ValidationError } from '../errors';
import { fieldMessages } from '../validation/issues';

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string> };

/**
 * Wraps a server action: checks the session and the role's permission,
 * validates input with a zod schema, and turns data-layer errors into a
 * result the form can show field by field. Never echoes the input back.
 */
export function action<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: (input: z.output<S>, context: { actor: Actor; db: Database }) => Promise<T>,
  /** `beforeEnrolment`: also open to a session that must still set up its second factor (the enrolment itself). */
  options: { beforeEnrolment?: boolean } = {},
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const session = await getSession();
    if (!session) return { ok: false, message: 'Your session has ended. Sign in again.', fieldErrors: {} };
    if (session.mustEnrolSecondFactor && !options.beforeEnrolment) {
      return { ok: false, message: 'Set up two-step sign-in first.', fieldErrors: {} };
    }
    const { actor } = session;
    if (!can(actor.role, permission)) return { ok: false, message: 'Your account may not do this.', fieldErrors: {} };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, message: 'Some answers need attention.', fieldErrors: fieldMessages(parsed.error) };
    }
    try {
      return { ok: true, data: await handler(parsed.data, { actor, db: await getDb() }) };
    } catch (error) {
      if (error instanceof ValidationError) return { ok: false, message: error.message, fieldErrors: error.fields };
      if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: {} };
      throw error;
    }
  };
}

/**
 * For a plain `<form action>` that shows no result: the same session,
 * permission and input checks as `action`, handed the form's FormData; a
 * refusal has no form state to land in, so it is thrown (the error page).
 */
export function formAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  handler: (input: z.output<S>, context: { actor: Actor; db: Database }) => Promise<void>,
) {
  const run = action(permission, schema, handler);
  return async (formData: FormData): Promise<void> => {
    const result = await run(formData);
    if (!result.ok) throw new Error(result.message);
  };
}
