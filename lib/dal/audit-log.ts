import 'server-only';
import { and, desc, eq, gte, inArray, like, lt, type SQL } from 'drizzle-orm';
import { parseISO } from 'date-fns';
import { auditEvents, patients, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { addDays } from '../rules';
import type { AuditFilter } from '../validation/audit';
import { redactClinicalText, type AuditEventView } from '../views/audit-event';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { escapeLike } from './users';

export const AUDIT_PAGE_SIZE = 50;
/** The CSV export reads the log in batches of this size, so memory stays flat however long it is. */
export const AUDIT_EXPORT_BATCH = 1000;

export type { AuditEventView };

/**
 * The audit log, newest first, filtered and keyset-paged by id (ids grow
 * with every insert, so paging is stable while new events arrive).
 */
export async function listAuditEvents(
  db: Database,
  actor: Actor,
  filter: AuditFilter,
  page: { cursor?: number; limit?: number } = {},
): Promise<{ events: AuditEventView[]; next_cursor: string | null }> {
  assertCan(actor, 'audit:read');
  const limit = page.limit ?? AUDIT_PAGE_SIZE;
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actor_user_id: auditEvents.actorUserId,
      actor_email: auditEvents.actorEmail,
      action: auditEvents.action,
      patient_id: auditEvents.patientId,
      patient_email: users.email,
      target_id: auditEvents.targetId,
      ip: auditEvents.ip,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(patients, eq(patients.id, auditEvents.patientId))
    .leftJoin(users, eq(users.id, patients.userId))
    .where(and(...conditions(db, filter), page.cursor !== undefined ? lt(auditEvents.id, page.cursor) : undefined))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
  // Rows written before notes were kept out of the log still hold their text: show the fact only.
  const events = rows.slice(0, limit).map((row) => ({ ...row, detail: redactClinicalText(row.detail) }));
  const last = events.at(-1);
  return { events, next_cursor: rows.length > limit && last ? String(last.id) : null };
}

/**
 * Starts a CSV export: audits it (so the export lists itself, and the row is
 * written before any data leaves), then yields every matching event, newest
 * first, in batches.
 */
export async function startAuditExport(
  db: Database,
  actor: Actor,
  filter: AuditFilter,
): Promise<AsyncGenerator<AuditEventView[]>> {
  assertCan(actor, 'audit:read');
  await recordAudit(db, actor, { action: 'audit.export', detail: { filter: { ...filter } } });
  return exportBatches(db, actor, filter);
}

async function* exportBatches(db: Database, actor: Actor, filter: AuditFilter): AsyncGenerator<AuditEventView[]> {
  let cursor: number | undefined;
  do {
    const page = await listAuditEvents(db, actor, filter, { cursor, limit: AUDIT_EXPORT_BATCH });
    if (page.events.length > 0) yield page.events;
    cursor = page.next_cursor ? Number(page.next_cursor) : undefined;
  } while (cursor !== undefined);
}

/** Actions seen among the most recent events, to suggest in the filter form (cheap on a long log). */
export async function listRecentActions(db: Database, actor: Actor): Promise<string[]> {
  assertCan(actor, 'audit:read');
  const recent = db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(5000)
    .as('recent');
  const rows = await db.selectDistinct({ action: recent.action }).from(recent).orderBy(recent.action);
  return rows.map((row) => row.action);
}

function conditions(db: Database, filter: AuditFilter): (SQL | undefined)[] {
  return [
    filter.patientId ? eq(auditEvents.patientId, filter.patientId) : undefined,
    filter.patientEmail
      ? inArray(
          auditEvents.patientId,
          db
            .select({ id: patients.id })
            .from(patients)
            .innerJoin(users, eq(users.id, patients.userId))
            .where(eq(users.email, filter.patientEmail)),
        )
      : undefined,
    filter.actorId ? eq(auditEvents.actorUserId, filter.actorId) : undefined,
    filter.actorEmail ? eq(auditEvents.actorEmail, filter.actorEmail) : undefined,
    actionCondition(filter.action),
    // Dates are whole days in the clinic's time zone (TZ), `to` inclusive.
    filter.from ? gte(auditEvents.at, parseISO(filter.from)) : undefined,
    filter.to ? lt(auditEvents.at, parseISO(addDays(filter.to, 1))) : undefined,
  ];
}

/** `auth.sign_in` matches exactly; `auth.*` matches every action starting `auth.`. */
function actionCondition(action: string | undefined): SQL | undefined {
  if (!action) return undefined;
  if (action.endsWith('*')) return like(auditEvents.action, `${escapeLike(action.slice(0, -1))}%`);
  return eq(auditEvents.action, action);
}
