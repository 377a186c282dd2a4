'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { addEscalationContact, removeEscalationContact, updateClinicDefaults } from '@/lib/dal/deliveries';
import { getActor } from '@/lib/dal/session';
import { UnauthenticatedError } from '@/lib/errors';
import { CLINICIAN_CHANNELS, type ChannelsByTier } from '@/lib/notify/routing';
import { TIERS } from '@/lib/rules';

async function context() {
  const actor = await getActor();
  if (!actor) throw new UnauthenticatedError();
  return { actor, db: await getDb() };
}

/** The defaults form: one checkbox per tier and channel (`<tier>:<channel>`); unchecked means off. */
export async function saveClinicDefaultsAction(formData: FormData) {
  const { actor, db } = await context();
  const channels = Object.fromEntries(
    TIERS.map((tier) => [tier, CLINICIAN_CHANNELS.filter((channel) => formData.get(`${tier}:${channel}`) === 'on')]),
  ) as ChannelsByTier;
  await updateClinicDefaults(db, actor, channels);
  revalidatePath('/admin/notifications');
}

export async function addContactAction(formData: FormData) {
  const { actor, db } = await context();
  await addEscalationContact(db, actor, String(formData.get('userId') ?? ''));
  revalidatePath('/admin/notifications');
}

export async function removeContactAction(formData: FormData) {
  const { actor, db } = await context();
  await removeEscalationContact(db, actor, String(formData.get('userId') ?? ''));
  revalidatePath('/admin/notifications');
}
