import 'server-only';
import { and, asc, desc, eq, inArray, lt, or, type SQL } from 'drizzle-orm';
import {
  deliveries,
  escalationContacts,
  users,
  type DeliveryStatus,
  type NotificationChannel,
  type NotificationKind,
} from '@/db/schema';
import type { Database } from '@/db/types';
import { NotFoundError, ValidationError } from '../errors';
import { loadClinicDefaults, saveClinicDefaults, type ChannelsByTier } from '../notify/routing';
import type { DeliveryFilter } from '../validation/notifications';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { isUuid } from '../validation/ids';

export const DELIVERY_PAGE_SIZE = 50;

/** A delivery as the API sends it (issue 12's shape): no health information, no message content. */
export interface DeliveryView {
  id: string;
  channel: NotificationChannel;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** A row of the admin page's delivery log, which also says what the delivery was about. */
export interface DeliveryLogEntry extends DeliveryView {
  kind: NotificationKind;
}

/** The API's shape of a log entry. */
export function toDeliveryView(entry: DeliveryLogEntry): DeliveryView {
  const { id, channel, status, attempts, last_error, created_at, sent_at } = entry;
  return { id, channel, status, attempts, last_error, created_at, sent_at };
}

function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

/** A cursor's position, or null when it is not one this log gave out. */
export function readDeliveryCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  const year = createdAt.getUTCFullYear();
  return id && isUuid(id) && year >= 1 && year <= 9998 ? { createdAt, id } : null;
}

/** Newest first, filtered by status and channel, a page at a time (keyset on created_at, id). */
export async function listDeliveries(
  db: Database,
  actor: Actor,
  filter: DeliveryFilter,
): Promise<{ deliveries: DeliveryLogEntry[]; next_cursor: string | null }> {
  assertCan(actor, 'notifications:manage');
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(deliveries.status, filter.status));
  if (filter.channel) conditions.push(eq(deliveries.channel, filter.channel));
  if (filter.cursor) {
    const after = readDeliveryCursor(filter.cursor);
    if (!after) {
      throw new ValidationError('Some query parameters are not valid.', {
        cursor: 'This cursor is not one this endpoint gave out.',
      });
    }
    conditions.push(
      or(
        lt(deliveries.createdAt, after.createdAt),
        and(eq(deliveries.createdAt, after.createdAt), lt(deliveries.id, after.id)),
      )!,
    );
  }
  const rows = await db
    .select()
    .from(deliveries)
    .where(and(...conditions))
    .orderBy(desc(deliveries.createdAt), desc(deliveries.id))
    .limit(DELIVERY_PAGE_SIZE + 1);
  const page = rows.slice(0, DELIVERY_PAGE_SIZE);
  const last = page.at(-1);
  return {
    deliveries: page.map((row) => ({
      id: row.id,
      kind: row.kind,
      channel: row.channel,
      status: row.status,
      attempts: row.attempts,
      last_error: row.lastError,
      created_at: row.createdAt.toISOString(),
      sent_at: row.sentAt?.toISOString() ?? null,
    })),
    next_cursor: rows.length > DELIVERY_PAGE_SIZE && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

export async function getClinicDefaults(db: Database, actor: Actor): Promise<ChannelsByTier> {
  assertCan(actor, 'notifications:manage');
  return loadClinicDefaults(db);
}

/** Changes the clinic's alert channels per tier; audited (before and after) in the same transaction. */
export async function updateClinicDefaults(db: Database, actor: Actor, channels: ChannelsByTier): Promise<void> {
  assertCan(actor, 'notifications:manage');
  await db.transaction(async (tx) => {
    const before = await loadClinicDefaults(tx);
    await saveClinicDefaults(tx, channels);
    await recordAudit(tx, actor, {
      action: 'notifications.defaults_update',
      detail: { before, after: await loadClinicDefaults(tx) },
    });
  });
}

export interface ContactView {
  userId: string;
  name: string;
  email: string;
  role: string;
}

const CONTACT_FIELDS = { userId: users.id, name: users.name, email: users.email, role: users.role };

/** Who may be an escalation contact: an active clinician or admin account. */
const CAN_BE_CONTACT = and(eq(users.active, true), inArray(users.role, ['clinician', 'admin']));

export async function listEscalationContacts(db: Database, actor: Actor): Promise<ContactView[]> {
  assertCan(actor, 'notifications:manage');
  return db
    .select(CONTACT_FIELDS)
    .from(escalationContacts)
    .innerJoin(users, eq(users.id, escalationContacts.userId))
    .orderBy(asc(users.name));
}

/** Clinicians and admins who could be escalation contacts (active accounts). */
export async function listPossibleContacts(db: Database, actor: Actor): Promise<ContactView[]> {
  assertCan(actor, 'notifications:manage');
  return db.select(CONTACT_FIELDS).from(users).where(CAN_BE_CONTACT).orderBy(asc(users.name));
}

/** Adds an escalation contact; a change is audited in the same transaction. */
export async function addEscalationContact(db: Database, actor: Actor, userId: string): Promise<void> {
  assertCan(actor, 'notifications:manage');
  if (!isUuid(userId)) throw new NotFoundError('Account not found');
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(eq(users.id, userId), CAN_BE_CONTACT));
    if (!user) throw new NotFoundError('No active clinician or admin account with this id');
    const added = await tx
      .insert(escalationContacts)
      .values({ userId, addedBy: actor.userId })
      .onConflictDoNothing()
      .returning({ userId: escalationContacts.userId });
    if (added.length === 0) return;
    await recordAudit(tx, actor, {
      action: 'notifications.escalation_contact_add',
      targetId: userId,
      detail: { contact_email: user.email },
    });
  });
}

/** Removes an escalation contact; a change is audited in the same transaction. */
export async function removeEscalationContact(db: Database, actor: Actor, userId: string): Promise<void> {
  assertCan(actor, 'notifications:manage');
  if (!isUuid(userId)) throw new NotFoundError('Account not found');
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(escalationContacts)
      .where(eq(escalationContacts.userId, userId))
      .returning({ userId: escalationContacts.userId });
    if (removed.length === 0) return;
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    await recordAudit(tx, actor, {
      action: 'notifications.escalation_contact_remove',
      targetId: userId,
      detail: { contact_email: user?.email ?? null },
    });
  });
}
