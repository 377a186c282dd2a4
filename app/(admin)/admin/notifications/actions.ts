'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { addEscalationContact, removeEscalationContact, updateClinicDefaults } from '@/lib/dal/deliveries';
import { CLINICIAN_CHANNELS } from '@/lib/notify/delivery-codes';
import type { ChannelsByTier } from '@/lib/notify/routing';
import { TIERS } from '@/lib/rules';

/** These forms post FormData straight to the action; the data layer checks what the fields say. */
const form = z.instanceof(FormData);
const contact = form.transform((data) => String(data.get('userId') ?? ''));

/** The defaults form: one checkbox per tier and channel (`<tier>:<channel>`); unchecked means off. */
export const saveClinicDefaultsAction = formAction(
  'notifications:manage',
  form.transform(
    (data) =>
      Object.fromEntries(
        TIERS.map((tier) => [tier, CLINICIAN_CHANNELS.filter((channel) => data.get(`${tier}:${channel}`) === 'on')]),
      ) as ChannelsByTier,
  ),
  async (channels, { actor, db }) => {
    await updateClinicDefaults(db, actor, channels);
    revalidatePath('/admin/notifications');
  },
);

export const addContactAction = formAction('notifications:manage', contact, async (userId, { actor, db }) => {
  await addEscalationContact(db, actor, userId);
  revalidatePath('/admin/notifications');
});

export const removeContactAction = formAction('notifications:manage', contact, async (userId, { actor, db }) => {
  await removeEscalationContact(db, actor, userId);
  revalidatePath('/admin/notifications');
});
