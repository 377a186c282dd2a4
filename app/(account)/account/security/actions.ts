'use server';

import { getDb } from '@/db/client';
import { signOut } from '@/lib/auth/auth';
import { signOutEverywhere } from '@/lib/dal/sessions';
import { getSession } from '@/lib/dal/session';

/** Ends every session of the signed-in account, this one included, and returns to the sign-in page. */
export async function signOutEverywhereAction(): Promise<void> {
  const session = await getSession();
  if (session) await signOutEverywhere(await getDb(), session.actor);
  await signOut({ redirectTo: '/login' });
}
