import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { auditEvents, careTeam, flagEvents, flags, patients, users, type Flag } from '@/db/schema';
import type { Database } from '@/db/types';
import { listingAuditRows } from './audit-rows';
import { groupBy, latestEscalation, toClinicianFlag } from './flag-view';
import { loadEvidenceNights } from '../flags/evidence-nights';
import { noteFact } from '../views/audit-event';
import type { ClinicianFlag, FlagHistoryEvent, FlagStatus } from '../views/types';
import { WORKLIST_PAGE_SIZE, type WorklistFilter } from '../validation/worklist-params';
import { NotFoundError, ValidationError } from '../errors';
import { transitionFlag, type FlagAction } from '../flags/flag-actions';
import { LIVE_FLAG_STATUSES, type Tier } from '../rules';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { loadNotReporting } from './not-reporting';
import { onCareTeam, requireCareTeamPatient, type CareTeamAccess } from './care-team';
import { isUuid } from '../validation/ids';
import { FLAG_NOTE_MAX_LENGTH } from '../validation/flag-note';
import { isStorableText, UNSAFE_TEXT_MESSAGE } from '../validation/text';

/** A flag with its history, for the patient page. */
export interface FlagWithHistory extends ClinicianFlag {
  history: FlagHistoryEvent[];
}

const acknowledgedBy = alias(users, 'acknowledged_by_user');
const resolvedBy = alias(users, 'resolved_by_user');

/**
 * A patient's flags with evidence nights and history, in three queries
 * whatever their number, for a record the care-team gate let through.
 */
export async function loadPatientFlags(
  db: Database,
  access: CareTeamAccess,
  options: { statuses?: readonly FlagStatus[]; now?: Date } = {},
): Promise<FlagWithHistory[]> {
  const rows = await db
    .select({ flag: flags, acknowledgedByName: acknowledgedBy.name, resolvedByName: resolvedBy.name })
    .from(flags)
    .leftJoin(acknowledgedBy, eq(acknowledgedBy.id, flags.acknowledgedBy))
    .leftJoin(resolvedBy, eq(resolvedBy.id, flags.resolvedBy))
    .where(
      and(
        eq(flags.patientId, access.patientId),
        options.statuses ? inArray(flags.status, [...options.statuses]) : undefined,
      ),
    )
    // Live flags first (open before acknowledged), highest tier, oldest; then resolved, newest first.
    .orderBy(
      asc(sql`case ${flags.status} when 'open' then 0 when 'acknowledged' then 1 else 2 end`),
      desc(flags.tier),
      asc(sql`case when ${flags.status} = 'resolved' then null else ${flags.firstSeenAt} end`),
      desc(flags.resolvedAt),
    );
  const ids = rows.map((row) => row.flag.id);
  const [evidence, history] = await Promise.all([loadEvidenceNights(db, ids), loadHistory(db, ids)]);
  const now = options.now ?? new Date();
  return rows.map(({ flag, acknowledgedByName, resolvedByName }) => {
    const events = history.get(flag.id) ?? [];
    const view = toClinicianFlag(
      flag,
      {
        evidenceNights: evidence.get(flag.id) ?? [],
        escalatedAt: latestEscalation(events),
        acknowledgedByName,
        resolvedByName,
      },
      now,
    );
    return { ...view, history: events };
  });
}

async function loadHistory(db: Database, flagIds: readonly string[]): Promise<Map<string, FlagHistoryEvent[]>> {
  if (flagIds.length === 0) return new Map();
  const rows = await db
    .select({ event: flagEvents, actorName: users.name })
    .from(flagEvents)
    .leftJoin(users, eq(users.id, flagEvents.actorUserId))
    .where(inArray(flagEvents.flagId, [...flagIds]))
    .orderBy(asc(flagEvents.at), asc(flagEvents.id));
  const grouped = groupBy(rows, (row) => row.event.flagId);
  return new Map(
    [...grouped].map(([id, list]) => [
      id,
      list.map(({ event, actorName }) => ({
        type: event.type,
        at: event.at.toISOString(),
        actor_name: actorName,
        from_tier: event.fromTier,
        to_tier: event.toTier,
        note: event.note,
      })),
    ]),
  );
}

/**
 * A patient's flags for the API (`GET /api/v1/patients/{id}/flags`), gated by
 * the care team (404 outside it) and audited.
 */
export async function listPatientFlags(
  db: Database,
  actor: Actor,
  patientId: string,
  options: { statuses?: readonly FlagStatus[]; now?: Date } = {},
): Promise<FlagWithHistory[]> {
  const { access } = await requireCareTeamPatient(db, actor, patientId);
  const list = await loadPatientFlags(db, access, options);
  await recordAudit(db, actor, {
    action: 'patient.flags.read',
    patientId,
    detail: { statuses: options.statuses ?? null, returned: list.length },
  });
  return list;
}

/** Acknowledges an open flag of a patient on the actor's care team (404 outside it, 409 if not open). */
export function acknowledgeFlag(db: Database, actor: Actor, flagId: string, note?: string | null) {
  return actOnFlag(db, actor, flagId, 'acknowledge', note ?? null);
}

/** Resolves a flag with a note (422 without one, 404 outside the care team, 409 if already resolved). */
export function resolveFlag(db: Database, actor: Actor, flagId: string, note: string | null | undefined) {
  return actOnFlag(db, actor, flagId, 'resolve', note ?? null);
}

async function actOnFlag(
  db: Database,
  actor: Actor,
  flagId: string,
  action: FlagAction,
  rawNote: string | null,
): Promise<ClinicianFlag> {
  assertCan(actor, 'flags:act');
  const existing = await findFlag(db, flagId);
  // Existence is checked against the care team before anything about the input is said.
  const { access } = await requireCareTeamPatient(db, actor, existing.patientId, 'flags:act');
  const note = validateNote(rawNote, action === 'resolve');
  const now = new Date();
  const updated = await db.transaction(async (tx) => {
    const flag = await transitionFlag(tx, { flagId, action, actorUserId: actor.userId, note, now });
    await recordAudit(tx, actor, {
      action: action === 'acknowledge' ? 'flag.acknowledge' : 'flag.resolve',
      patientId: flag.patientId,
      targetId: flag.id,
      detail: { rule_id: flag.ruleId, tier: flag.tier, ...noteFact(note) },
    });
    return flag;
  });
  const [view] = await loadPatientFlags(db, access, { now }).then((list) =>
    list.filter((flag) => flag.id === updated.id),
  );
  if (!view) throw new NotFoundError('Flag not found');
  return view;
}

async function findFlag(db: Database, flagId: string): Promise<Flag> {
  if (!isUuid(flagId)) throw new NotFoundError('Flag not found');
  const [flag] = await db.select().from(flags).where(eq(flags.id, flagId)).limit(1);
  if (!flag) throw new NotFoundError('Flag not found');
  return flag;
}

function validateNote(note: string | null, required: boolean): string | null {
  const trimmed = note?.trim() ?? '';
  if (required && trimmed.length === 0) {
    throw new ValidationError('A note is required to resolve a flag.', {
      note: 'Write what was done or decided before resolving.',
    });
  }
  if (!isStorableText(trimmed)) throw new ValidationError('The note cannot be saved.', { note: UNSAFE_TEXT_MESSAGE });
  if (trimmed.length > FLAG_NOTE_MAX_LENGTH) {
    throw new ValidationError('The note is too long.', {
      note: `A note can be at most ${FLAG_NOTE_MAX_LENGTH} characters.`,
    });
  }
  return trimmed.length > 0 ? trimmed : null;
}

export interface WorklistItem extends ClinicianFlag {
  patient_name: string;
  /** The patient has stopped filling in the diary (lib/rules/reporting.ts). */
  patient_not_reporting: boolean;
}

export interface Worklist {
  items: WorklistItem[];
  /** Flags per tier under the status and rule filters (the tier filter aside), for the counts at the top. */
  counts: Record<Tier, number>;
  /** Items matching every filter, over all pages. */
  total: number;
}

/**
 * The triage worklist: open and acknowledged flags of the actor's patients,
 * emergency first, then by tier, oldest first within a tier. One page of
 * items plus per-tier counts, in four queries whatever the page holds.
 * Audited: the listing, and each patient whose flags it shows.
 */
export async function listWorklist(
  db: Database,
  actor: Actor,
  filter: WorklistFilter,
  now = new Date(),
): Promise<Worklist> {
  assertCan(actor, 'flags:act');
  const statuses = filter.status ? [filter.status] : [...LIVE_FLAG_STATUSES];
  const shared = and(inArray(flags.status, statuses), filter.rule ? eq(flags.ruleId, filter.rule) : undefined);
  const onTeam = onCareTeam(actor, flags.patientId);
  const escalatedAt = sql<Date | null>`(
    select max(${flagEvents.at}) from ${flagEvents}
    where ${flagEvents.flagId} = ${flags.id} and ${flagEvents.type} = 'escalated')`.mapWith(flagEvents.at);
  const [rows, tierCounts] = await Promise.all([
    db
      .select({ flag: flags, patientName: users.name, escalatedAt })
      .from(flags)
      .innerJoin(careTeam, onTeam)
      .innerJoin(patients, eq(patients.id, flags.patientId))
      .innerJoin(users, eq(users.id, patients.userId))
      .where(and(shared, filter.tier ? eq(flags.tier, filter.tier) : undefined))
      .orderBy(desc(flags.tier), asc(flags.firstSeenAt), asc(flags.id))
      .limit(WORKLIST_PAGE_SIZE)
      .offset((filter.page - 1) * WORKLIST_PAGE_SIZE),
    db
      .select({ tier: flags.tier, count: sql<number>`count(*)::int`.mapWith(Number) })
      .from(flags)
      .innerJoin(careTeam, onTeam)
      .where(shared)
      .groupBy(flags.tier),
  ]);
  const [evidence, quiet] = await Promise.all([
    loadEvidenceNights(
      db,
      rows.map((row) => row.flag.id),
    ),
    loadNotReporting(
      db,
      rows.map((row) => row.flag.patientId),
      now,
    ),
  ]);
  const counts: Record<Tier, number> = { emergency: 0, urgent: 0, soon: 0, routine: 0 };
  for (const row of tierCounts) counts[row.tier] = row.count;
  await db.insert(auditEvents).values(
    listingAuditRows(
      actor,
      'worklist.view',
      rows.map((row) => row.flag.patientId),
      { tier: filter.tier, status: filter.status, rule: filter.rule, page: filter.page, flags_shown: rows.length },
    ),
  );
  return {
    items: rows.map(({ flag, patientName, escalatedAt: escalated }) => ({
      ...toClinicianFlag(flag, { evidenceNights: evidence.get(flag.id) ?? [], escalatedAt: escalated }, now),
      patient_name: patientName,
      patient_not_reporting: quiet.has(flag.patientId),
    })),
    counts,
    total: filter.tier ? counts[filter.tier] : Object.values(counts).reduce((sum, n) => sum + n, 0),
  };
}
