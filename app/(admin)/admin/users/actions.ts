'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { action } from '@/lib/actions/action';
import { assignPatient, unassignPatient } from '@/lib/dal/care-team-admin';
import { resetUserSecondFactor } from '@/lib/dal/second-factor';
import { createUser, resetUserPassword, setUserActive } from '@/lib/dal/user-accounts';
import { ConflictError, ValidationError } from '@/lib/errors';
import { newAccountSchema, passwordField } from '@/lib/validation/accounts';

const id = z.string({ error: 'Missing id.' }).min(1).max(64);

/** Creates an account; a taken email is reported on the email field. */
export const createAccountAction = action('users:manage', newAccountSchema, async (input, { actor, db }) => {
  try {
    const created = await createUser(db, actor, input);
    revalidatePath('/admin/users');
    return created;
  } catch (error) {
    if (error instanceof ConflictError) {
      throw new ValidationError('Some answers need attention.', { email: error.message });
    }
    throw error;
  }
});

export const setAccountActiveAction = action(
  'users:manage',
  z.object({ userId: id, active: z.boolean() }),
  async ({ userId, active }, { actor, db }) => {
    const user = await setUserActive(db, actor, userId, active);
    revalidatePath('/admin/users', 'layout');
    return { active: user.active };
  },
);

export const resetPasswordAction = action(
  'users:manage',
  z.object({ userId: id, password: passwordField }),
  async ({ userId, password }, { actor, db }) => {
    await resetUserPassword(db, actor, userId, password);
    return { done: true };
  },
);

export const setAssignmentAction = action(
  'care-team:manage',
  z.object({ clinicianUserId: id, patientId: id, assigned: z.boolean() }),
  async ({ clinicianUserId, patientId, assigned }, { actor, db }) => {
    const change = assigned ? assignPatient : unassignPatient;
    const result = await change(db, actor, clinicianUserId, patientId);
    revalidatePath('/admin/users', 'layout');
    return result;
  },
);

/** Removes an account's second factor (a lost phone) and ends its sessions; audited in the data layer. */
export const resetSecondFactorAction = action(
  'users:manage',
  z.object({ userId: id }),
  async ({ userId }, { actor, db }) => {
    const result = await resetUserSecondFactor(db, actor, userId);
    revalidatePath(`/admin/users/${userId}`);
    return result;
  },
);
