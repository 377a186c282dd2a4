import { and, eq, inArray, ne } from 'drizzle-orm';
import { deliveries, flags, patients, pushSubscriptions, users, type Delivery } from '@/db/schema';
import type { NotifyContext } from './context';
import { flagAlertEmail, reminderEmail } from './messages';
import { PushGoneError } from './push';
import { unsubscribeUrl } from './unsubscribe-token';
import { postWebhook } from './webhook';

export interface DeliveryJob {
  deliveryId: string;
}

export interface Attempt {
  /** 0 on the first try. */
  retryCount: number;
  retryLimit: number;
}

/**
 * Sends one delivery and records the outcome. Idempotent: a delivery already
 * sent (or failed for good) is left alone. A failure is recorded as `retried`
 * and rethrown so pg-boss tries again with backoff; the last attempt's
 * failure, or a push whose every subscription is gone, is recorded as
 * `failed` with its reason. Never touches the flag.
 */
export async function runDelivery(ctx: NotifyContext, job: DeliveryJob, attempt: Attempt): Promise<void> {
  const [delivery] = await ctx.db.select().from(deliveries).where(eq(deliveries.id, job.deliveryId));
  if (!delivery || delivery.status === 'sent' || delivery.status === 'failed') return;
  try {
    await send(ctx, delivery);
  } catch (error) {
    // Every subscription gone: no retry can reach anyone.
    const final = attempt.retryCount >= attempt.retryLimit || error instanceof PushGoneError;
    await ctx.db
      .update(deliveries)
      .set({
        status: final ? 'failed' : 'retried',
        attempts: delivery.attempts + 1,
        lastError: reasonOf(error),
        updatedAt: ctx.now(),
      })
      .where(and(eq(deliveries.id, delivery.id), ne(deliveries.status, 'sent')));
    if (!final) throw error;
    return;
  }
  const now = ctx.now();
  await ctx.db
    .update(deliveries)
    .set({ status: 'sent', attempts: delivery.attempts + 1, lastError: null, sentAt: now, updatedAt: now })
    .where(eq(deliveries.id, delivery.id));
}

async function send(ctx: NotifyContext, delivery: Delivery): Promise<void> {
  switch (delivery.channel) {
    case 'email':
      return sendEmail(ctx, delivery);
    case 'webhook':
      return sendWebhook(ctx, delivery);
    case 'push':
      return sendPush(ctx, delivery);
    case 'in_app':
      return; // Written by the fan-out itself.
  }
}

async function recipientEmail(ctx: NotifyContext, delivery: Delivery): Promise<string> {
  if (!delivery.recipientUserId) throw new Error('delivery has no recipient');
  const [user] = await ctx.db
    .select({ email: users.email, active: users.active })
    .from(users)
    .where(eq(users.id, delivery.recipientUserId));
  if (!user?.active) throw new Error('recipient account is not active');
  return user.email;
}

async function sendEmail(ctx: NotifyContext, delivery: Delivery): Promise<void> {
  const to = await recipientEmail(ctx, delivery);
  if (delivery.kind !== 'diary_reminder') return ctx.mailer.send(flagAlertEmail(to, ctx.baseUrl));
  const patientId = await patientIdOf(ctx, delivery);
  return ctx.mailer.send(reminderEmail(to, ctx.baseUrl, unsubscribeUrl(ctx.baseUrl, patientId, ctx.secret)));
}

async function patientIdOf(ctx: NotifyContext, delivery: Delivery): Promise<string> {
  const [patient] = await ctx.db
    .select({ id: patients.id })
    .from(patients)
    .where(eq(patients.userId, delivery.recipientUserId ?? ''));
  if (!patient) throw new Error('recipient is not a patient');
  return patient.id;
}

async function sendWebhook(ctx: NotifyContext, delivery: Delivery): Promise<void> {
  if (!ctx.webhook) throw new Error('WEBHOOK_URL is no longer configured');
  if (!delivery.flagId || !delivery.tier || delivery.kind === 'diary_reminder') throw new Error('not a flag delivery');
  const [flag] = await ctx.db.select({ patientId: flags.patientId }).from(flags).where(eq(flags.id, delivery.flagId));
  if (!flag) throw new Error('flag not found');
  await postWebhook(ctx.webhook, {
    event: delivery.kind,
    delivery_id: delivery.id,
    flag_id: delivery.flagId,
    patient_id: flag.patientId,
    tier: delivery.tier,
    sent_at: ctx.now().toISOString(),
  });
}

/** A reminder to every browser the patient subscribed; subscriptions the push service says are gone are removed. */
async function sendPush(ctx: NotifyContext, delivery: Delivery): Promise<void> {
  if (!ctx.push) throw new Error('web push is not configured (VAPID keys missing)');
  const targets = await ctx.db
    .select()
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, delivery.recipientUserId ?? ''));
  if (targets.length === 0) throw new Error('no browser is subscribed to push');
  const payload = JSON.stringify({
    title: 'Calfwatch',
    body: 'Your diary entry for last night is not in yet.',
    url: '/diary/new',
  });
  const gone: string[] = [];
  let sent = 0;
  let lastError: unknown = null;
  for (const target of targets) {
    try {
      await ctx.push.send(target, payload);
      sent += 1;
    } catch (error) {
      if (error instanceof PushGoneError) gone.push(target.id);
      lastError = error;
    }
  }
  if (gone.length > 0) await ctx.db.delete(pushSubscriptions).where(inArray(pushSubscriptions.id, gone));
  if (sent > 0) return;
  if (gone.length === targets.length) throw new PushGoneError('every push subscription is gone (404/410)');
  throw lastError ?? new Error('push failed');
}

/** A short reason for the delivery log: never a message body. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 500);
}
