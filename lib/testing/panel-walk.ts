import { and, asc, eq, exists, gt, gte, inArray, lte, sql } from 'drizzle-orm';
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
import type { Actor } from '../dal/actor';
import { onCareTeam } from '../dal/care-team';
import { rowToEntry } from '../diary/mapping';
import type { DiaryEntry } from '../diary/types';
import { csvSafe } from '../export/csv-safe';
import { diaryCells, PANEL_CSV_HEADER, toCsv } from '../export/diary-csv';
import type { NightRange } from '../export/range';
import { LIVE_FLAG_STATUSES } from '../rules/flag-statuses';

/**
 * The panel export as it was before the single streaming query: a walk of the
 * panel patient by patient, one query per patient page and one flag lookup per
 * output page, mapped in Node and written by csv-stringify. Kept only as the
 * reference the new export is compared with byte for byte (and benchmarked
 * against); nothing in the app uses it.
 */
export async function legacyPanelCsv(
  db: Database,
  actor: Actor,
  auditId: string,
  range: NightRange,
  options: { pageSize?: number; teamBatch?: number } = {},
): Promise<string> {
  const chunks = [toCsv([[...PANEL_CSV_HEADER]])];
  for await (const page of legacyPanelPages(db, actor, auditId, range, options)) {
    chunks.push(toCsv(page.map(legacyPanelCells)));
  }
  return chunks.join('');
}

interface LegacyPanelRow {
  patientId: string;
  name: string;
  email: string;
  entry: DiaryEntry;
  openFlags: string[];
}

function legacyPanelCells(row: LegacyPanelRow): string[] {
  return [csvSafe(row.patientId), csvSafe(row.name), csvSafe(row.email), ...diaryCells(row.entry, row.openFlags)];
}

type TeamMember = { patientId: string; name: string; email: string };
type PanelEntry = { member: TeamMember; row: DiaryEntryRow };

/** The old pages: team members by keyset, nights per member by keyset. */
export async function* legacyPanelPages(
  db: Database,
  actor: Actor,
  auditId: string,
  range: NightRange,
  { pageSize = 1000, teamBatch = 200 }: { pageSize?: number; teamBatch?: number } = {},
): AsyncGenerator<LegacyPanelRow[]> {
  let page: PanelEntry[] = [];
  let afterPatient: string | null = null;
  for (;;) {
    const team = await readTeamBatch(db, actor, auditId, afterPatient, teamBatch);
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

function readTeamBatch(db: Database, actor: Actor, auditId: string, afterPatient: string | null, limit: number) {
  const recorded = exists(
    db
      .select({ one: sql`1` })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.patientId, careTeam.patientId),
          eq(auditEvents.at, sql`(select h.at from audit_events h where h.id = ${Number(auditId)})`),
          eq(auditEvents.targetId, auditId),
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
        range.from ? gte(diaryEntries.nightOf, range.from) : undefined,
        range.to ? lte(diaryEntries.nightOf, range.to) : undefined,
        afterNight ? gt(diaryEntries.nightOf, afterNight) : undefined,
      ),
    )
    .orderBy(asc(diaryEntries.nightOf))
    .limit(limit);
}

async function withOpenFlags(db: Database, page: readonly PanelEntry[]): Promise<LegacyPanelRow[]> {
  const patientIds = [...new Set(page.map((entry) => entry.member.patientId))];
  const cited = await db
    .select({ entryId: flagEvidence.entryId, ruleId: flags.ruleId })
    .from(flags)
    .innerJoin(flagEvidence, eq(flagEvidence.flagId, flags.id))
    .where(and(inArray(flags.patientId, patientIds), inArray(flags.status, LIVE_FLAG_STATUSES)))
    .orderBy(asc(flags.firstSeenAt), asc(flags.id));
  const byEntry = new Map<string, string[]>();
  for (const { entryId, ruleId } of cited) {
    const list = byEntry.get(entryId) ?? [];
    if (!list.includes(ruleId)) list.push(ruleId);
    byEntry.set(entryId, list);
  }
  return page.map(({ member, row }) => ({ ...member, entry: rowToEntry(row), openFlags: byEntry.get(row.id) ?? [] }));
}
