import 'server-only';
import { and, asc, eq, exists, gte, inArray, lte, or, sql } from 'drizzle-orm';
import { careTeam, diaryEntries, flagEvidence, flags, patients, users, type DiaryEntryRow } from '@/db/schema';
import type { Database } from '@/db/types';
import { rowToEntry, rowToProfile } from '../diary/mapping';
import type { PanelRow } from '../export/panel-csv';
import type { NightRange } from '../export/range';
import type { ExportEntry, ExportFlag, PatientExportData } from '../export/types';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { requireCareTeamPatient } from './care-team';

export type PatientExportFormat = 'csv' | 'pdf' | 'fhir';

/** Rows per page of the streamed panel export. */
export const PANEL_PAGE_SIZE = 1000;

const LIVE = inArray(flags.status, ['open', 'acknowledged']);

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
  const { patient, name, email } = await requireCareTeamPatient(db, actor, patientId, 'reports:export');
  const { range } = options;
  const rows = await db
    .select()
    .from(diaryEntries)
    .where(and(eq(diaryEntries.patientId, patient.id), ...nightBounds(range)))
    .orderBy(asc(diaryEntries.nightOf));
  const exportFlags = await readFlags(db, patient.id, range);
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
  const evidence = await db
    .select({ flagId: flagEvidence.flagId, nightOf: flagEvidence.nightOf })
    .from(flagEvidence)
    .where(
      inArray(
        flagEvidence.flagId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(flagEvidence.nightOf));
  return rows.map((row) => ({
    id: row.id,
    ruleId: row.ruleId,
    tier: row.tier,
    status: row.status,
    reason: row.reason,
    modifiers: row.modifiers,
    evidenceNights: [...new Set(evidence.filter((e) => e.flagId === row.id).map((e) => e.nightOf))],
    firstSeenAt: row.firstSeenAt,
    lastSeenAt: row.lastSeenAt,
    resolvedAt: row.resolvedAt,
    evidenceWithdrawnAt: row.evidenceWithdrawnAt,
  }));
}

/**
 * Starts the clinician's whole-panel export: checks `reports:export`, writes
 * one `export.panel_csv` audit row, and returns the nights of every patient on
 * their care team as pages. Pages are read lazily with keyset pagination on
 * (patient_id, night_of) — the diary's unique index — so each page costs the
 * same and only one is in memory at a time.
 */
export async function openPanelExport(
  db: Database,
  actor: Actor,
  options: { range: NightRange; pageSize?: number },
): Promise<AsyncGenerator<PanelRow[]>> {
  assertCan(actor, 'reports:export');
  const { range } = options;
  await recordAudit(db, actor, {
    action: 'export.panel_csv',
    detail: { from: range.from ?? null, to: range.to ?? null },
  });
  return panelPages(db, actor.userId, range, options.pageSize ?? PANEL_PAGE_SIZE);
}

interface PanelCursor {
  patientId: string;
  night: string;
}

async function* panelPages(
  db: Database,
  clinicianUserId: string,
  range: NightRange,
  pageSize: number,
): AsyncGenerator<PanelRow[]> {
  let after: PanelCursor | null = null;
  for (;;) {
    const rows = await readPanelPage(db, { clinicianUserId, range, after, pageSize });
    if (rows.length === 0) return;
    const openFlags = await liveFlagsByEntry(
      db,
      rows.map((row) => row.entry.id),
    );
    yield rows.map(({ entry, name, email }) => ({
      patientId: entry.patientId,
      name,
      email,
      entry: rowToEntry(entry),
      openFlags: openFlags.get(entry.id) ?? [],
    }));
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = { patientId: last.entry.patientId, night: last.entry.nightOf };
  }
}

/** One page of the panel, after the cursor, in (patient_id, night_of) order. */
function readPanelPage(
  db: Database,
  options: { clinicianUserId: string; range: NightRange; after: PanelCursor | null; pageSize: number },
) {
  const { after } = options;
  return db
    .select({ entry: diaryEntries, name: users.name, email: users.email })
    .from(diaryEntries)
    .innerJoin(
      careTeam,
      and(eq(careTeam.patientId, diaryEntries.patientId), eq(careTeam.clinicianUserId, options.clinicianUserId)),
    )
    .innerJoin(patients, eq(patients.id, diaryEntries.patientId))
    .innerJoin(users, eq(users.id, patients.userId))
    .where(
      and(
        ...nightBounds(options.range),
        after
          ? sql`(${diaryEntries.patientId}, ${diaryEntries.nightOf}) > (${after.patientId}::uuid, ${after.night}::date)`
          : undefined,
      ),
    )
    .orderBy(asc(diaryEntries.patientId), asc(diaryEntries.nightOf))
    .limit(options.pageSize);
}

/** Rule ids of unresolved flags citing each of these entries. */
async function liveFlagsByEntry(db: Database, entryIds: string[]): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ entryId: flagEvidence.entryId, ruleId: flags.ruleId })
    .from(flagEvidence)
    .innerJoin(flags, eq(flags.id, flagEvidence.flagId))
    .where(and(inArray(flagEvidence.entryId, entryIds), LIVE));
  const byEntry = new Map<string, string[]>();
  for (const { entryId, ruleId } of rows) {
    const list = byEntry.get(entryId) ?? [];
    if (!list.includes(ruleId)) list.push(ruleId);
    byEntry.set(entryId, list);
  }
  return byEntry;
}
