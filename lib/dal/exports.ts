import 'server-only';
import { and, asc, eq, exists, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { auditEvents, diaryEntries, flagEvidence, flags, type DiaryEntryRow } from '@/db/schema';
import type { Database } from '@/db/types';
import { loadEvidenceNights } from '../flags/evidence-nights';
import { rowToEntry, rowToProfile } from '../diary/mapping';
import type { PanelRecord } from '../export/panel-csv';
import { streamRows } from '@/db/cursor';
import type { NightRange } from '../export/range';
import type { ExportEntry, ExportFlag, PatientExportData } from '../export/types';
import { LIVE_FLAG_STATUSES } from '../rules/flag-statuses';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { onCareTeam, requireCareTeamPatient } from './care-team';
import { loadInsights } from './insights';
import { inNightRange } from './night-range-sql';
import { loadExperiments } from './experiments';
import { resolveWindow } from '../insights';
import { todayIso } from '../validation/dates';

export type PatientExportFormat = 'csv' | 'pdf' | 'fhir';

/**
 * Patients per batch of the streamed panel export (the cursor's fetch size on
 * PostgreSQL): at a year each, about 7,000 lines.
 */
export const PANEL_BATCH_PATIENTS = 20;

const LIVE = inArray(flags.status, LIVE_FLAG_STATUSES);

/**
 * Everything one patient's export is built from, for a clinician on their
 * care team holding `reports:export` (404 for anyone else's patient, 403 for
 * other roles). Writes the `export.<format>` audit row with the range.
 */
export async function readPatientExport(
  db: Database,
  actor: Actor,
  patientId: string,
  options: { range: NightRange; format: PatientExportFormat; now?: Date },
): Promise<PatientExportData> {
  const { patient, name, email, access } = await requireCareTeamPatient(db, actor, patientId, 'reports:export');
  const { range } = options;
  const rows = await db
    .select()
    .from(diaryEntries)
    .where(and(eq(diaryEntries.patientId, patient.id), ...inNightRange(range)))
    .orderBy(asc(diaryEntries.nightOf));
  const exportFlags = await readFlags(db, patient.id, range);
  // The PDF and FHIR carry the insights over the export's window (the last 90 nights when it is open).
  const insights =
    options.format === 'csv'
      ? undefined
      : await loadInsights(db, access, resolveWindow(range, todayIso(options.now ?? new Date())));
  // The PDF lists the two-week experiments (all of them: each is short and carries its own dates).
  const experiments = options.format === 'pdf' ? await loadExperiments(db, actor, access, options.now) : undefined;
  await recordAudit(db, actor, {
    action: `export.${options.format}`,
    patientId: patient.id,
    detail: { from: range.from ?? null, to: range.to ?? null, entries: rows.length, flags: exportFlags.length },
  });
  return {
    patient: { id: patient.id, name, email, profile: rowToProfile(patient) },
    range,
    entries: rows.map(toExportEntry),
    flags: exportFlags,
    ...(insights ? { insights } : {}),
    ...(experiments ? { experiments } : {}),
    generatedAt: options.now ?? new Date(),
  };
}

function toExportEntry(row: DiaryEntryRow): ExportEntry {
  return { ...rowToEntry(row), recordedAt: row.updatedAt };
}

/** Unresolved flags (whatever their nights), and resolved ones with evidence inside the range. */
async function readFlags(db: Database, patientId: string, range: NightRange): Promise<ExportFlag[]> {
  const evidenceInRange = exists(
    db
      .select({ one: sql`1` })
      .from(flagEvidence)
      .where(
        and(
          eq(flagEvidence.flagId, flags.id),
          range.from ? gte(flagEvidence.nightOf, range.from) : undefined,
          range.to ? lte(flagEvidence.nightOf, range.to) : undefined,
        ),
      ),
  );
  const rows = await db
    .select()
    .from(flags)
    .where(and(eq(flags.patientId, patientId), or(LIVE, evidenceInRange)))
    .orderBy(asc(flags.firstSeenAt), asc(flags.id));
  if (rows.length === 0) return [];
  const evidence = await loadEvidenceNights(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    ruleId: row.ruleId,
    tier: row.tier,
    status: row.status,
    reason: row.reason,
    modifiers: row.modifiers,
    evidenceNights: evidence.get(row.id) ?? [],
    firstSeenAt: row.firstSeenAt,
    lastSeenAt: row.lastSeenAt,
    resolvedAt: row.resolvedAt,
    evidenceWithdrawnAt: row.evidenceWithdrawnAt,
  }));
}

/**
 * Starts the clinician's whole-panel export: checks `reports:export`, writes
 * the `export.panel_csv` audit rows (one for the export, one per patient it
 * includes, in one transaction), and returns the nights of those patients,
 * patient then night, in batches of `batchPatients` patients' records read
 * lazily from one streaming query (db/cursor.ts), so a batch or two is in
 * memory at a time.
 */
export async function openPanelExport(
  db: Database,
  actor: Actor,
  options: { range: NightRange; batchPatients?: number },
): Promise<AsyncGenerator<PanelRecord[]>> {
  assertCan(actor, 'reports:export');
  const { range } = options;
  const audited = await auditPanelExport(db, actor, range);
  return panelRecords(db, actor, audited, range, options.batchPatients ?? PANEL_BATCH_PATIENTS);
}

/** The export's own audit row, which the per-patient rows point at (`target_id`) and share `at` with. */
type PanelExportAudit = { id: string };

/**
 * One audit row per patient on the care team, so filtering the log by a
 * patient finds every panel export that included them. A 5,000-patient panel
 * writes 5,000 small rows in one INSERT … SELECT (no ids pass through Node);
 * an id array on a single row would need a second (GIN) index and an OR in
 * every patient filter, and would print thousands of ids in each CSV line.
 */
async function auditPanelExport(db: Database, actor: Actor, range: NightRange): Promise<PanelExportAudit> {
  return db.transaction(async (tx) => {
    const base = { actorUserId: actor.userId, actorEmail: actor.email, ip: actor.ip, action: 'export.panel_csv' };
    const detail = { from: range.from ?? null, to: range.to ?? null };
    const [row] = await tx
      .insert(auditEvents)
      .values({ ...base, detail })
      .returning({ id: auditEvents.id });
    if (!row) throw new Error('audit insert returned no row');
    const exportId = String(row.id);
    await tx.execute(sql`
      insert into audit_events (actor_user_id, actor_email, ip, action, patient_id, target_id, detail)
      select ${actor.userId}::uuid, ${actor.email}, ${actor.ip}, ${base.action}, care_team.patient_id, ${exportId},
        ${JSON.stringify({ export: exportId })}::jsonb
      from care_team
      where ${onCareTeam(actor)}
      order by care_team.patient_id`);
    return { id: exportId };
  });
}

/**
 * The whole panel in one query ordered by patient: the care-team members the
 * export's audit rows name (a patient assigned while the export streams is
 * left out rather than exported unrecorded), each with their nights in the
 * range as one JSON array of lines, night by night (json_agg … order by
 * night_of, from the diary's (patient_id, night_of) index). The rule ids of
 * the live flags citing a night come from one small per-patient lookup (few
 * live flags each). Every line is built in the database in the CSV's column
 * order, so Node maps nothing per row.
 *
 * Why a row per patient rather than per night: the planner estimates the
 * freshly written audit rows at one patient, so a per-night query ordered by
 * (patient, night) got a full sort of the whole result (spilling to disk) in
 * front of the first byte; ordered by patient alone the plan is nested loops
 * in index order and streams.
 */
async function* panelRecords(
  db: Database,
  actor: Actor,
  audited: PanelExportAudit,
  range: NightRange,
  batch: number,
): AsyncGenerator<PanelRecord[]> {
  const rows = streamRows<{ patient_id: string; lines: PanelRecord[] | null }>(db, {
    batch,
    query: (after) => panelQuery(actor, audited, range, after?.patient_id ?? null),
  });
  for await (const page of rows) {
    const records = page.flatMap((row) => row.lines ?? []);
    if (records.length > 0) yield records;
  }
}

function panelQuery(actor: Actor, audited: PanelExportAudit, range: NightRange, afterPatient: string | null): SQL {
  const live = sql.join(
    LIVE_FLAG_STATUSES.map((status) => sql`${status}`),
    sql`, `,
  );
  const nights = [
    sql`e.patient_id = m.patient_id`,
    range.from ? sql`e.night_of >= ${range.from}` : undefined,
    range.to ? sql`e.night_of <= ${range.to}` : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
  return sql`
    select m.patient_id, (
      select json_agg(json_build_array(
        m.patient_id, m.name, m.email, e.night_of, e.woke_from_pain, e.episodes, e.worst_pain,
        e.longest_episode_minutes, e.total_minutes, e.minutes_awake, e.sleep_quality, e.side,
        e.patterns, e.relief, e.symptoms, e.hydration_glasses, e.long_standing_or_exercise,
        e.stretched_before_bed, e.new_medicine, e.recent_surgery_or_bedrest, e.notes,
        coalesce(m.cited -> e.id::text, '[]')
      ) order by e.night_of)
      from diary_entries e
      where ${sql.join(nights, sql` and `)}
    ) as lines
    from (
      select care_team.patient_id, u.name, u.email, (
        select jsonb_object_agg(c.entry_id, c.rule_ids) from (
          select fe.entry_id, array_agg(distinct f.rule_id collate "C" order by f.rule_id collate "C") as rule_ids
          from flags f
          join flag_evidence fe on fe.flag_id = f.id
          where f.patient_id = care_team.patient_id and f.status in (${live})
          group by fe.entry_id
        ) c
      ) as cited
      from care_team
      join patients p on p.id = care_team.patient_id
      join users u on u.id = p.user_id
      where ${onCareTeam(actor)}
        and exists (
          select 1 from audit_events a
          where a.patient_id = care_team.patient_id
            and a.at = (select h.at from audit_events h where h.id = ${Number(audited.id)})
            and a.target_id = ${audited.id})
        ${afterPatient ? sql`and care_team.patient_id > ${afterPatient}::uuid` : sql``}
      order by care_team.patient_id
    ) m
    order by m.patient_id`;
}
