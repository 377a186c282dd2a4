import 'server-only';
import { auditEvents } from '@/db/schema';
import type { Database } from '@/db/types';
import { listingAuditRows } from './audit-rows';
import type { PanelCursor } from '../validation/panel-api-query';
import type { FlagFilter, PanelSortKey, TrendFilter } from '../validation/panel-params';
import { panelSql, rowsOf, type PanelSqlRow } from './panel-sql';
import type { ClinicalNoteView, ClinicianEntry, EntryVersion, PanelPatient, PatientHeader } from '../views/types';
import { classifyTrend } from './panel-windows';
import { rollPatientSummaries } from '../summaries/roll';
import { addDays, TIERS } from '../rules';
import { todayIso } from '../validation/dates';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { requireCareTeamPatient } from './care-team';
import { loadPatientFlags, type FlagWithHistory } from './flags';
import { loadNotes } from './notes';
import { loadNotReporting } from './not-reporting';
import { loadEntries, loadEntryVersions } from './patient-diary';
import { loadInsights } from './insights';
import { loadExperiments } from './experiments';
import { defaultWindow, type ExperimentRecord, type InsightReport } from '../insights';

export interface PanelQuery {
  query: string;
  sort: PanelSortKey;
  desc: boolean;
  flag: FlagFilter | null;
  trend: TrendFilter | null;
  limit: number;
  /** Page mode: rows to skip. */
  offset?: number;
  /** Keyset mode (API): the position after which to continue. */
  cursor?: PanelCursor | null;
  now?: Date;
}

export interface PanelPage {
  patients: PanelPatient[];
  /** Matching patients in all pages (page mode); in keyset mode, those from the cursor on. */
  total: number;
  /** Where the next page starts, or null on the last page. */
  nextCursor: PanelCursor | null;
}

/**
 * The acting clinician's patients with their recent figures, searched,
 * filtered, sorted and paged in the database (see panel-sql.ts). Only the
 * actor's care team is ever read. Audited: the listing, and each patient shown.
 */
export async function findPanelPatients(db: Database, actor: Actor, query: PanelQuery): Promise<PanelPage> {
  assertCan(actor, 'patients:read');
  // The hourly job normally has; this makes the first table of a new day right even without a worker.
  await rollPatientSummaries(db, query.now);
  const run = (limit: number, offset: number) =>
    db
      .execute(
        panelSql({
          clinicianUserId: actor.userId,
          query: query.query,
          sort: query.sort,
          desc: query.desc,
          flag: query.flag,
          trend: query.trend,
          limit,
          offset,
          cursor: query.cursor ?? null,
        }),
      )
      .then((result) => rowsOf<PanelSqlRow>(result));
  const offset = query.offset ?? 0;
  const rows = await run(query.limit + 1, offset);
  // A page past the end still reports how many there are, so the table can say so.
  const total = rows[0]?.total ?? (offset > 0 ? ((await run(1, 0))[0]?.total ?? 0) : 0);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor: PanelCursor | null =
    rows.length > query.limit && last ? [last.sort_value, last.sort_name, last.id] : null;
  await db.insert(auditEvents).values(
    listingAuditRows(
      actor,
      'patients.list',
      page.map((row) => row.id),
      {
        sort: query.sort,
        desc: query.desc,
        flag: query.flag,
        trend: query.trend,
        searched: query.query.length > 0,
      },
    ),
  );
  const quiet = await loadNotReporting(
    db,
    page.map((row) => row.id),
    query.now,
  );
  return { patients: page.map((row) => toPanelPatient(row, quiet.has(row.id))), total: Number(total), nextCursor };
}

function toPanelPatient(row: PanelSqlRow, notReporting: boolean): PanelPatient {
  const delta = row.delta === null ? null : Number(row.delta);
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    last_entry_night: row.last_entry,
    pain_nights_7d: Number(row.pain_7),
    pain_nights_30d: Number(row.pain_30),
    mean_worst_pain_7d: row.mean_7 === null ? null : Number(row.mean_7),
    trend: classifyTrend(delta),
    trend_delta: delta,
    highest_open_flag_tier: Number(row.flag_rank) > 0 ? (TIERS[Number(row.flag_rank) - 1] ?? null) : null,
    open_flag_count: Number(row.live_count),
    entries_last_14_nights: Number(row.entries_14),
    not_reporting: notReporting,
  };
}

export interface PatientRecord {
  header: PatientHeader;
  /** Nights shown: the last `rangeDays` nights up to today. */
  range: { from: string; to: string; days: number };
  /** Newest first. */
  entries: ClinicianEntry[];
  /** Earlier versions of the edited entries in range. */
  versions: EntryVersion[];
  flags: FlagWithHistory[];
  notes: ClinicalNoteView[];
  /** Nights with vs without each habit over the last 90 nights (lib/insights). */
  insights: InsightReport;
  /** The patient's two-week experiments, newest first (a due one finishes on this read). */
  experiments: ExperimentRecord[];
}

/**
 * Everything the patient page shows, behind the care-team gate (404 for
 * anyone else), written to the audit log as one view of the record.
 */
export async function getPatientRecord(
  db: Database,
  actor: Actor,
  patientId: string,
  options: { rangeDays: number; now?: Date },
): Promise<PatientRecord> {
  const { patient, name, email, active, access } = await requireCareTeamPatient(db, actor, patientId);
  const now = options.now ?? new Date();
  const to = todayIso(now);
  const from = addDays(to, -options.rangeDays);
  // First and alone: it may finish a due experiment in a transaction of its own.
  const experiments = await loadExperiments(db, actor, access, now);
  const [entries, flags, notes, insights] = await Promise.all([
    loadEntries(db, access, { from, to }),
    loadPatientFlags(db, access, { now }),
    loadNotes(db, access),
    loadInsights(db, access, defaultWindow(to)),
  ]);
  // The audit row does not depend on the versions: both in flight at once.
  const [versions] = await Promise.all([
    loadEntryVersions(
      db,
      access,
      entries.filter((entry) => entry.edited).map((entry) => entry.id),
    ),
    recordAudit(db, actor, { action: 'patient.view', patientId, detail: { from, to } }),
  ]);
  return {
    header: {
      id: patient.id,
      name,
      email,
      active,
      date_of_birth: patient.dateOfBirth,
      sex: patient.sex,
      conditions: patient.conditions,
      medicines: patient.medicines,
      pregnancy_due_date: patient.pregnancyDueDate,
    },
    range: { from, to, days: options.rangeDays },
    entries,
    versions,
    flags,
    notes,
    insights,
    experiments,
  };
}
