import 'server-only';
import { and, asc, eq, exists, gt, gte, inArray, lte, or, sql } from 'drizzle-orm';
import {
  auditEvents,
  careTeam,
  diaryEntries,
  flagEvidence,
  flags,
  patients,
  users,
  type DiaryEntryRow,
} from '@/db/schema';
import type { Database } from '@/db/types';
import { loadEvidenceNights } from '../flags/evidence-nights';
import { rowToEntry, rowToProfile } from '../diary/mapping';
import type { PanelRow } from '../export/panel-csv';
import type { NightRange } from '../export/range';
import type { ExportEntry, ExportFlag, PatientExportData } from '../export/types';
import { LIVE_FLAG_STATUSES } from '../rules/flag-statuses';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { onCareTeam, requireCareTeamPatient } from './care-team';
import { loadInsights } from './insights';
import { loadExperiments } from './experiments';
import { resolveWindow } from '../insights';
import { todayIso } from '../validation/dates';

export type PatientExportFormat = 'csv' | 'pdf' | 'fhir';

/** Rows per page of the streamed panel export. */
export const PANEL_PAGE_SIZE = 1000;

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
    .where(and(eq(diaryEntries.patientId, patient.id), ...nightBounds(range)))
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

function nightBounds(range: NightRange) {
  return [
    range.from ? gte(diaryEntries.nightOf, range.from) : undefined,
    range.to ? lte(diaryEntries.nightOf, range.to) : undefined,
  ];
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
 * includes, in one transaction), and returns the nights of those patients as
 * pages of at most `pageSize` rows, read lazily so only one page is in memory
 * at a time.
 */
export async function openPanelExport(
  db: Database,
  actor: Actor,
  options: { range: NightRange; pageSize?: number; teamBatch?: number },
): Promise<AsyncGenerator<PanelRow[]>> {
  assertCan(actor, 'reports:export');
  const { range } = options;
  const audited = await auditPanelExport(db, actor, range);
  return panelPages(db, actor, audited, range, {
    pageSize: options.pageSize ?? PANEL_PAGE_SIZE,
    teamBatch: options.teamBatch ?? TEAM_BATCH,
  });
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

/** Care-team members fetched per query while walking the panel. */
const TEAM_BATCH = 200;

type TeamMember = { patientId: string; name: string; email: string };
type PanelEntry = { member: TeamMember; row: DiaryEntryRow };

/**
 * Walks the panel patient by patient (keyset on the care team's primary key)
 * and, within a patient, night by night (keyset on the diary's unique
 * (patient_id, night_of) index), so every query is a short index range scan.
 * A single query joining the whole team and paging on (patient_id, night_of)
 * looked simpler, but PostgreSQL planned it as a scan of every team member per
 * page: 45 s per page on a 10,000-patient database.
 */
async function* panelPages(
  db: Database,
  actor: Actor,
  audited: PanelExportAudit,
  range: NightRange,
  { pageSize, teamBatch }: { pageSize: number; teamBatch: number },
): AsyncGenerator<PanelRow[]> {
  let page: PanelEntry[] = [];
  let afterPatient: string | null = null;
  for (;;) {
    const team = await readTeamBatch(db, actor, audited, afterPatient, teamBatch);
    for (const member of team) {
      let afterNight: string | null = null;
      for (;;) {
        const wanted = pageSize - page.length;
        const rows = await readNights(db, member.patientId, range, afterNight, wanted);
        page.push(...rows.map((row) => ({ member, row })));
        if (page.length >= pageSize) {
          yield await withOpenFlags(db, page);
          page = [];
        }
        if (rows.length < wanted) break;
        afterNight = rows.at(-1)?.nightOf ?? null;
      }
    }
    if (team.length < teamBatch) break;
    afterPatient = team.at(-1)?.patientId ?? null;
  }
  if (page.length > 0) yield await withOpenFlags(db, page);
}

/**
 * The next care-team members the export's audit rows name: a patient assigned
 * while the export streams is left out rather than exported unrecorded. The
 * check is an index lookup on (patient_id, at).
 */
function readTeamBatch(
  db: Database,
  actor: Actor,
  audited: PanelExportAudit,
  afterPatient: string | null,
  limit: number,
): Promise<TeamMember[]> {
  const recorded = exists(
    db
      .select({ one: sql`1` })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.patientId, careTeam.patientId),
          // A Date would lose the microseconds; the row's own time is read once, as an init plan.
          eq(auditEvents.at, sql`(select h.at from audit_events h where h.id = ${Number(audited.id)})`),
          eq(auditEvents.targetId, audited.id),
        ),
      ),
  );
  return db
    .select({ patientId: careTeam.patientId, name: users.name, email: users.email })
    .from(careTeam)
    .innerJoin(patients, eq(patients.id, careTeam.patientId))
    .innerJoin(users, eq(users.id, patients.userId))
    .where(and(onCareTeam(actor), afterPatient ? gt(careTeam.patientId, afterPatient) : undefined, recorded))
    .orderBy(asc(careTeam.patientId))
    .limit(limit);
}

function readNights(db: Database, patientId: string, range: NightRange, afterNight: string | null, limit: number) {
  return db
    .select()
    .from(diaryEntries)
    .where(
      and(
        eq(diaryEntries.patientId, patientId),
        ...nightBounds(range),
        afterNight ? gt(diaryEntries.nightOf, afterNight) : undefined,
      ),
    )
    .orderBy(asc(diaryEntries.nightOf))
    .limit(limit);
}

/**
 * The page's rows with the rule ids of unresolved flags citing each night.
 * Looked up through the page's patients (few live flags each, indexed) rather
 * than a thousand entry ids, which the planner answered with a full scan.
 */
async function withOpenFlags(db: Database, page: readonly PanelEntry[]): Promise<PanelRow[]> {
  const patientIds = [...new Set(page.map((entry) => entry.member.patientId))];
  const cited = await db
    .select({ entryId: flagEvidence.entryId, ruleId: flags.ruleId })
    .from(flags)
    .innerJoin(flagEvidence, eq(flagEvidence.flagId, flags.id))
    .where(and(inArray(flags.patientId, patientIds), LIVE))
    // The same order as the single-patient export, whatever plan the database picks.
    .orderBy(asc(flags.firstSeenAt), asc(flags.id));
  const byEntry = new Map<string, string[]>();
  for (const { entryId, ruleId } of cited) {
    const list = byEntry.get(entryId) ?? [];
    if (!list.includes(ruleId)) list.push(ruleId);
    byEntry.set(entryId, list);
  }
  return page.map(({ member, row }) => ({
    ...member,
    entry: rowToEntry(row),
    openFlags: byEntry.get(row.id) ?? [],
  }));
}
