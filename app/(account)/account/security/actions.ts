'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { signOut } from '@/lib/auth/auth';
import {
  beginEnrolment,
  confirmEnrolment,
  disableOwnSecondFactor,
  regenerateRecoveryCodes,
} from '@/lib/dal/second-factor';
import { signOutEverywhere } from '@/lib/dal/sessions';
import { getSession } from '@/lib/dal/session';

const codeInput = z.object({ code: z.string().max(64) });
const ownFactor = { beforeEnrolment: true };

/** Ends every session of the signed-in account, this one included, and returns to the sign-in page. */
export async function signOutEverywhereAction(): Promise<void> {
  const session = await getSession();
  if (session) await signOutEverywhere(await getDb(), session.actor);
  await signOut({ redirectTo: '/login' });
}

/** Starts an enrolment; `code` is a current code when a factor is already set up (re-enrolment). */
export const startEnrolmentAction = action(
  'second-factor:own',
  codeInput,
  async ({ code }, { actor, db }) => {
    await beginEnrolment(db, actor, code);
    revalidatePath('/account/security');
    return { codes: null };
  },
  ownFactor,
);

/** Confirms the enrolment with the new app's first code; answers the recovery codes to show once. */
export const confirmEnrolmentAction = action(
  'second-factor:own',
  codeInput,
  async ({ code }, { actor, db }) => ({ codes: await confirmEnrolment(db, actor, code) }),
  ownFactor,
);

export const regenerateCodesAction = action(
  'second-factor:own',
  codeInput,
  async ({ code }, { actor, db }) => ({ codes: await regenerateRecoveryCodes(db, actor, code) }),
  ownFactor,
);

export const disableSecondFactorAction = action(
  'second-factor:own',
  codeInput,
  async ({ code }, { actor, db }) => {
    await disableOwnSecondFactor(db, actor, code);
    revalidatePath('/account/security');
    return { codes: null };
  },
  ownFactor,
);
