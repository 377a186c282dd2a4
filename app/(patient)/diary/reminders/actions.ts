'use server';

import { z } from 'zod';
import { action } from '@/lib/actions/action';
import { saveOwnPushSubscription } from '@/lib/dal/reminders';

/** Stores this browser's push subscription (from PushManager.subscribe) for the signed-in patient. */
export const savePushSubscriptionAction = action(
  'reminders:own',
  z.object({
    endpoint: z.url({ protocol: /^https?$/, error: 'Not a push endpoint.' }).max(2000),
    p256dh: z.string().min(1).max(200),
    auth: z.string().min(1).max(200),
  }),
  async (subscription, { actor, db }) => {
    await saveOwnPushSubscription(db, actor, subscription);
    return { saved: true };
  },
);
