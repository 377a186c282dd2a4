import 'server-only';
import { and, eq, gte, lte } from 'drizzle-orm';
import { diaryEntries } from '@/db/schema';
import type { Database } from '@/db/types';
import { computeInsights, lookbackStart, resolveWindow, type InsightNight, type InsightReport } from '../insights';
import type { NightWindow } from '../rules/nights';
import { todayIso } from '../validation/dates';
import { NotFoundError } from '../errors';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { requireCareTeamPatient, type CareTeamAccess } from './care-team';
import type { NightRange } from './diary-entries';

/** The nights one patient's insights need for `window` (the window and the 6 nights before it), only the fields read. */
export async function readInsightNights(db: Database, patientId: string, window: NightWindow): Promise<InsightNight[]> {
  return db
    .select({
      night_of: diaryEntries.nightOf,
      worst_pain: diaryEntries.worstPain,
      episodes: diaryEntries.episodes,
      woke_from_pain: diaryEntries.wokeFromPain,
      stretched_before_bed: diaryEntries.stretchedBeforeBed,
      hydration_glasses: diaryEntries.hydrationGlasses,
      long_standing_or_exercise: diaryEntries.longStandingOrExercise,
      new_medicine: diaryEntries.newMedicine,
    })
    .from(diaryEntries)
    .where(
      and(
        eq(diaryEntries.patientId, patientId),
        gte(diaryEntries.nightOf, lookbackStart(window)),
        lte(diaryEntries.nightOf, window.to),
      ),
    );
}

/** Insights for a record the care-team gate already let through (the patient page, exports). */
export async function loadInsights(db: Database, access: CareTeamAccess, window: NightWindow): Promise<InsightReport> {
  return computeInsights(await readInsightNights(db, access.patientId, window), window);
}

/**
 * The patient's own insights (`GET /api/v1/insights`, `/diary/insights`): the
 * requested window, by default the last 90 nights up to today. Audited as a
 * view of the record, like the diary.
 */
export async function getOwnInsights(
  db: Database,
  actor: Actor,
  range: NightRange = {},
  now = new Date(),
): Promise<InsightReport> {
  assertCan(actor, 'diary:own');
  if (!actor.patientId) throw new NotFoundError();
  const window = resolveWindow(range, todayIso(now));
  const report = computeInsights(await readInsightNights(db, actor.patientId, window), window);
  await recordAudit(db, actor, { action: 'insights.viewed', patientId: actor.patientId, detail: { ...window } });
  return report;
}

/**
 * One patient's insights for a clinician (`GET /api/v1/patients/{id}/insights`):
 * care team only (404 otherwise), audited like every read of the record.
 */
export async function getPatientInsights(
  db: Database,
  actor: Actor,
  patientId: string,
  range: NightRange = {},
  now = new Date(),
): Promise<InsightReport> {
  const { access } = await requireCareTeamPatient(db, actor, patientId);
  const window = resolveWindow(range, todayIso(now));
  const report = await loadInsights(db, access, window);
  await recordAudit(db, actor, { action: 'patient.insights.read', patientId, detail: { ...window } });
  return report;
}
