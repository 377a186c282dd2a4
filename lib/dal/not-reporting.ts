import 'server-only';
import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { auditEvents, careTeam, patients, patientSummaries, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { notReportingSql, reportingCountStartedSql } from '../notify/not-reporting';
import { reportingCutoff } from '../rules/reporting';
import { todayIso } from '../validation/dates';
import { assertCan, type Actor } from './actor';
import { listingAuditRows } from './audit-rows';
import { onCareTeam } from './care-team';

/**
 * Which of these patients are "not reporting" today (lib/rules/reporting.ts).
 * Unchecked: call only for patients the caller has already scoped to the actor.
 */
export async function loadNotReporting(
  db: Database,
  patientIds: readonly string[],
  now = new Date(),
): Promise<Set<string>> {
  if (patientIds.length === 0) return new Set();
  const rows = await db
    .select({ id: patients.id })
    .from(patients)
    .where(and(inArray(patients.id, [...patientIds]), notReportingSql(todayIso(now))));
  return new Set(rows.map((row) => row.id));
}

export interface NotReportingPatient {
  id: string;
  name: string;
  /** The latest night with an entry, or null for none. */
  last_entry_night: string | null;
}

/** The worklist's not-reporting panel: the longest silent first, and how many there are in all. */
export interface NotReportingList {
  patients: NotReportingPatient[];
  total: number;
}

/**
 * How many silent patients the worklist names: a 5,000-patient panel can have
 * hundreds, and the worklist is opened many times a day; the rest are one link
 * away (the patient table sorted by last entry).
 */
export const NOT_REPORTING_SHOWN = 20;

/**
 * The actor's care-team patients who are not reporting, longest silent
 * first, for the worklist: the first `limit` of them and the count of all.
 * Audited as a listing of the patients it shows, when it shows anyone.
 *
 * The same test as `notReportingSql`, with "no entry since the cutoff" read
 * from the patient summary's last entry (kept in every diary write's
 * transaction, docs/patient-summaries.md) rather than probing each patient's
 * diary. The plan starts from the summaries whose last entry is missing or
 * older than the cutoff (`patient_summaries_last_entry_idx`: the few silent
 * patients, not the whole team) and keeps those on the actor's team; every
 * patient has a summary row from the moment they exist (migration 0012), so
 * the inner join drops nobody.
 */
export async function listNotReportingPatients(
  db: Database,
  actor: Actor,
  now = new Date(),
  limit = NOT_REPORTING_SHOWN,
): Promise<NotReportingList> {
  assertCan(actor, 'patients:read');
  const today = todayIso(now);
  const lastNight = sql<string | null>`${patientSummaries.lastEntry}::text`;
  // Counted over the whole result before the limit applies.
  const total = sql<number>`(count(*) over ())::int`;
  const rows = await db
    .select({ id: patients.id, name: users.name, last_entry_night: lastNight, total })
    .from(patientSummaries)
    .innerJoin(careTeam, onCareTeam(actor, patientSummaries.patientId))
    .innerJoin(patients, eq(patients.id, patientSummaries.patientId))
    .innerJoin(users, eq(users.id, patients.userId))
    .where(
      and(
        or(isNull(patientSummaries.lastEntry), lt(patientSummaries.lastEntry, reportingCutoff(today))),
        eq(users.active, true),
        reportingCountStartedSql(today),
      ),
    )
    .orderBy(sql`${patientSummaries.lastEntry} asc nulls first`, asc(users.name), asc(patients.id))
    .limit(limit);
  if (rows.length > 0) {
    await db.insert(auditEvents).values(
      listingAuditRows(
        actor,
        'worklist.not_reporting',
        rows.map((row) => row.id),
        {},
      ),
    );
  }
  return {
    patients: rows.map(({ id, name, last_entry_night }) => ({ id, name, last_entry_night })),
    total: rows[0]?.total ?? 0,
  };
}
